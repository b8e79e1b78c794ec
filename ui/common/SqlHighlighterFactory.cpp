#include "common/SqlHighlighterFactory.h"

#include "common/KSyntaxCodeView.h"
#include "common/ScintillaCodeView.h"

namespace strata {

bool SqlHighlighterFactory::hasKSyntaxHighlighting() {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

ReadOnlyCodeView* SqlHighlighterFactory::createReadOnlyView(QWidget* parent,
                                                            CodeLanguage language) {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    auto* view = new KSyntaxCodeView(parent);
    view->setLanguage(language);
    return view;
#else
    return createScintillaView(parent, language);
#endif
}

ReadOnlyCodeView* SqlHighlighterFactory::createScintillaView(QWidget* parent,
                                                             CodeLanguage language) {
    auto* view = new ScintillaCodeView(parent);
    view->setLanguage(language);
    return view;
}

} // namespace strata
