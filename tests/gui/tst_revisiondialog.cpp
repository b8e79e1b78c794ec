#include "Project.h"
#include "TestSupport.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "dialogs/RevisionIdField.h"
#include "revision/RevisionFile.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace strata;

namespace {

// A copy of the sample project (strata.toml + versions/) in a temporary folder.
bool copySampleProject(const QString& to) {
    const QDir src(QStringLiteral(STRATA_SOURCE_DIR "/migrations"));
    QDir dst(to);
    if (!dst.mkpath(QStringLiteral("versions")))
        return false;
    if (!QFile::copy(src.filePath(QStringLiteral("strata.toml")),
                     dst.filePath(QStringLiteral("strata.toml"))))
        return false;
    const QDir versions(src.filePath(QStringLiteral("versions")));
    for (const QString& f : versions.entryList({QStringLiteral("*.sql")}, QDir::Files))
        if (!QFile::copy(versions.filePath(f), dst.filePath(QStringLiteral("versions/") + f)))
            return false;
    return true;
}

int sqlFileCount(const QString& dir) {
    return int(QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files).size());
}

} // namespace

class TestRevisionDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void newRevisionBecomesSingleHead();
    void badIdsKeepOkDisabled_data();
    void badIdsKeepOkDisabled();
    void badParentAndLabel();
    void afterRevisionPreselected();
    void mergeJoinsTwoHeads();
    void idFollowsProjectNaming_data();
    void idFollowsProjectNaming();
    void typedIdStaysNewIdGoesBack();
    void mergeIdPrefilledAndValidated();
    void noLiteralAmpersand_data();
    void noLiteralAmpersand();

private:
    Project openProject() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_versions;
};

void TestRevisionDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copySampleProject(m_dir->path()));
    m_versions = m_dir->filePath(QStringLiteral("versions"));
}

Project TestRevisionDialog::openProject() const {
    auto project = Project::open(m_dir->path(), Project::Mode::Tolerant);
    if (!project)
        qFatal("cannot open the project: %s", qPrintable(project.error().toString()));
    return *project;
}

void TestRevisionDialog::newRevisionBecomesSingleHead() {
    const Project before = openProject();
    QCOMPARE(before.graph().heads(), QStringList{QStringLiteral("0004_add_documents_path_index")});
    QCOMPARE(before.primaryVersionsDir(), QDir(m_versions).absolutePath());

    NewRevisionDialog dialog(before.graph(), before.primaryVersionsDir());
    // Preselected: the single head; a generated id.
    QCOMPARE(dialog.parentsEdit()->text(), QStringLiteral("0004_add_documents_path_index"));
    QVERIFY(RevisionWriter::validateId(dialog.idEdit()->text()).ok());
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.messageEdit()->setText(QStringLiteral("add tags"));
    dialog.idEdit()->setText(QStringLiteral("0005_add_tags"));
    dialog.branchLabelEdit()->setText(QStringLiteral("tags"));
    dialog.transactionalCheck()->setChecked(false);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    QSignalSpy created(&dialog, &NewRevisionDialog::revisionCreated);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(created.count(), 1);
    const QString path = created.first().first().toString();
    QCOMPARE(path, QDir(m_versions).absoluteFilePath(QStringLiteral("0005_add_tags.sql")));
    QCOMPARE(dialog.createdPath(), path);

    const Project after = openProject();
    QVERIFY(after.problems().isEmpty());
    QCOMPARE(after.graph().heads(), QStringList{QStringLiteral("0005_add_tags")});
    const Revision* r = after.graph().revision(QStringLiteral("0005_add_tags"));
    QVERIFY(r);
    QCOMPARE(r->parents, QStringList{QStringLiteral("0004_add_documents_path_index")});
    QCOMPARE(r->message, QStringLiteral("add tags"));
    QCOMPARE(r->branchLabels, QStringList{QStringLiteral("tags")});
    QVERIFY(!r->transactional);
    QVERIFY(r->upgrade.present);
    QVERIFY(r->downgrade.present);
}

void TestRevisionDialog::badIdsKeepOkDisabled_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too long") << QString(33, QLatin1Char('a')) << QStringLiteral("32");
    QTest::newRow("dash") << QStringLiteral("add-tags") << QString();
    QTest::newRow("at") << QStringLiteral("a@b") << QString();
    QTest::newRow("space") << QStringLiteral("add tags") << QString();
    QTest::newRow("existing") << QStringLiteral("0002_add_chunk_embeddings")
                              << QStringLiteral("already exists");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
}

void TestRevisionDialog::badIdsKeepOkDisabled() {
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const Project project = openProject();
    NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir());
    QSignalSpy created(&dialog, &NewRevisionDialog::revisionCreated);
    dialog.idEdit()->setText(id);
    QVERIFY(!dialog.isValid());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.validationMessage().isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(dialog.validationMessage().contains(reason),
                 qPrintable(dialog.validationMessage()));
    dialog.accept(); // even forced: nothing happens
    QCOMPARE(created.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isHidden() || dialog.result() == QDialog::Rejected);
    QCOMPARE(sqlFileCount(m_versions), 4);

    // A good id makes it acceptable again.
    dialog.idEdit()->setText(QStringLiteral("fine_id"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestRevisionDialog::badParentAndLabel() {
    const Project project = openProject();
    NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir());
    dialog.parentsEdit()->setText(QStringLiteral("nope"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.validationMessage().contains(QLatin1String("nope")),
             qPrintable(dialog.validationMessage()));
    dialog.parentsEdit()->setText(QStringLiteral("0003_add_search_indexes"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.dependsOnEdit()->setText(QStringLiteral("missing_label"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.dependsOnEdit()->clear();
    dialog.branchLabelEdit()->setText(QStringLiteral("bad-label"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(sqlFileCount(m_versions), 4);
}

void TestRevisionDialog::afterRevisionPreselected() {
    const Project project = openProject();
    NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir(),
                             QStringLiteral("0002_add_chunk_embeddings"));
    QCOMPARE(dialog.parentsEdit()->text(), QStringLiteral("0002_add_chunk_embeddings"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestRevisionDialog::mergeJoinsTwoHeads() {
    // Two heads: a branch off 0003 next to 0004.
    {
        const Project project = openProject();
        NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir(),
                                 QStringLiteral("0003_add_search_indexes"));
        dialog.idEdit()->setText(QStringLiteral("0004b_side_branch"));
        dialog.messageEdit()->setText(QStringLiteral("side branch"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const Project branched = openProject();
    QCOMPARE(branched.graph().heads().size(), 2);

    MergeDialog merge(branched.graph(), branched.primaryVersionsDir());
    QCOMPARE(merge.headsList()->count(), 2);
    QCOMPARE(merge.checkedHeads().size(), 2);
    QVERIFY(merge.okButton()->isEnabled());
    // One unchecked: not a merge.
    merge.headsList()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!merge.okButton()->isEnabled());
    merge.headsList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(merge.okButton()->isEnabled());
    merge.messageEdit()->setText(QStringLiteral("join the side branch"));
    QSignalSpy created(&merge, &MergeDialog::revisionCreated);
    merge.accept();
    QCOMPARE(created.count(), 1);

    const Project merged = openProject();
    QVERIFY(merged.problems().isEmpty());
    const QStringList heads = merged.graph().heads();
    QCOMPARE(heads.size(), 1);
    const Revision* r = merged.graph().revision(heads.first());
    QVERIFY(r);
    QCOMPARE(r->filePath, created.first().first().toString());
    QCOMPARE(QSet<QString>(r->parents.begin(), r->parents.end()),
             (QSet<QString>{QStringLiteral("0004_add_documents_path_index"),
                            QStringLiteral("0004b_side_branch")}));
    QCOMPARE(r->message, QStringLiteral("join the side branch"));

    // A single head: nothing to merge.
    MergeDialog none(merged.graph(), merged.primaryVersionsDir());
    QVERIFY(!none.okButton()->isEnabled());
}

// The sample's ids are 0001_..0004_: a new revision is 0005_<slug> (issue 14 item 11), or what
// strata.toml's id_format says.
void TestRevisionDialog::idFollowsProjectNaming_data() {
    QTest::addColumn<QString>("idFormat"); // empty: no id_format
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected"); // a regular expression
    QTest::newRow("existing pattern") << ""
                                      << "add tags"
                                      << "^0005_add_tags$";
    QTest::newRow("existing pattern, no message") << ""
                                                  << ""
                                                  << "^0005$";
    QTest::newRow("id_format hex12") << "hex12"
                                     << "add tags"
                                     << "^[0-9a-f]{12}$";
    QTest::newRow("id_format seq") << "r{seq:03}_{slug}"
                                   << "add tags"
                                   << "^r001_add_tags$";
    QTest::newRow("id_format dated") << "{date}_{slug}"
                                     << "Thêm thẻ"
                                     << "^20\\d{6}_them_the$";
}

void TestRevisionDialog::idFollowsProjectNaming() {
    QFETCH(QString, idFormat);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const Project project = openProject();
    NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir());
    if (!idFormat.isEmpty()) {
        const auto config = ProjectConfig::fromText(
            QStringLiteral("[project]\nid_format = \"%1\"\n").arg(idFormat).toUtf8(),
            m_dir->filePath(QStringLiteral("strata.toml")));
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
        dialog.setProjectConfig(*config);
    }
    dialog.messageEdit()->setText(message); // the id follows
    const QString id = dialog.idEdit()->text();
    QVERIFY2(QRegularExpression(expected).match(id).hasMatch(), qPrintable(id));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.validationMessage()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(openProject().graph().contains(id));
}

void TestRevisionDialog::typedIdStaysNewIdGoesBack() {
    const Project project = openProject();
    NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir());
    QTest::keyClicks(dialog.messageEdit(), QStringLiteral("add tags"));
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("0005_add_tags"));
    dialog.idEdit()->clear();
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("mine")); // typed by the user: it stays
    QTest::keyClicks(dialog.messageEdit(), QStringLiteral(" and more"));
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("mine"));
    QTest::mouseClick(dialog.idField()->regenerateButton(), Qt::LeftButton);
    QCOMPARE(dialog.idEdit()->text(), QStringLiteral("0005_add_tags_and_more"));
    QVERIFY(
        dialog.idField()->regenerateButton()->toolTip().contains(QLatin1String("{seq:04}_{slug}")));
}

void TestRevisionDialog::mergeIdPrefilledAndValidated() {
    {
        const Project project = openProject();
        NewRevisionDialog dialog(project.graph(), project.primaryVersionsDir(),
                                 QStringLiteral("0003_add_search_indexes"));
        dialog.idEdit()->setText(QStringLiteral("0005_side_branch"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const Project branched = openProject();
    MergeDialog merge(branched.graph(), branched.primaryVersionsDir());
    // Prefilled by the rule from the message ("merge heads").
    QCOMPARE(merge.idEdit()->text(), QStringLiteral("0006_merge_heads"));
    QVERIFY(merge.okButton()->isEnabled());
    merge.messageEdit()->setText(QStringLiteral("join search"));
    QCOMPARE(merge.idEdit()->text(), QStringLiteral("0006_join_search"));
    // Validated as in New revision.
    for (const QString& bad : {QStringLiteral("0005_side_branch"), QStringLiteral("bad-id"),
                               QString(33, QLatin1Char('x')), QString()}) {
        merge.idEdit()->setText(bad);
        QVERIFY2(!merge.okButton()->isEnabled(), qPrintable(bad));
        QVERIFY(!merge.validationMessage().isEmpty());
    }
    merge.idEdit()->clear();
    QTest::keyClicks(merge.idEdit(), QStringLiteral("0006_joined"));
    QVERIFY2(merge.okButton()->isEnabled(), qPrintable(merge.validationMessage()));
    QSignalSpy created(&merge, &MergeDialog::revisionCreated);
    merge.accept();
    QCOMPARE(created.count(), 1);
    QCOMPARE(QFileInfo(created.first().first().toString()).fileName(),
             QStringLiteral("0006_joined.sql"));
    const Project merged = openProject();
    QCOMPARE(merged.graph().heads(), QStringList{QStringLiteral("0006_joined")});
}

void TestRevisionDialog::noLiteralAmpersand_data() {
    QTest::addColumn<QString>("dialog");
    QTest::newRow("new revision") << "new";
    QTest::newRow("merge heads") << "merge";
}

// A label with a mnemonic and no buddy shows the '&' itself ("Revision &id:").
void TestRevisionDialog::noLiteralAmpersand() {
    QFETCH(QString, dialog);
    const Project project = openProject();
    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("new"))
        shown = std::make_unique<NewRevisionDialog>(project.graph(), project.primaryVersionsDir());
    else
        shown = std::make_unique<MergeDialog>(project.graph(), project.primaryVersionsDir());
    shown->show();
    int mnemonics = 0;
    static const QRegularExpression single(QStringLiteral("(^|[^&])&([^&]|$)"));
    for (QLabel* label : shown->findChildren<QLabel*>()) {
        if (!single.match(label->text()).hasMatch() || label->textFormat() == Qt::RichText)
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(),
                 qPrintable(QStringLiteral("'%1' has no buddy: its & shows").arg(label->text())));
    }
    QVERIFY(mnemonics >= 1); // the id's label at least
}

QTEST_MAIN(TestRevisionDialog)
#include "tst_revisiondialog.moc"
