#!/usr/bin/python3
"""Fills Vietnamese translations into strata_vi.ts and English plural forms into strata_en.ts.

Run after `lupdate` (see resources/translations/README.md). To translate a new string, add
its source text and its Vietnamese to the VI table below (one table for the whole studio, in
sections by feature) and run this script again; it lists the sources still unfinished. Strings
not listed stay unfinished (shown in English) and tests/gui/tst_translations fails on them.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

VI = {
    # Main window
    "Strata Studio": "Strata Studio",
    "Revision graph": "Đồ thị phiên bản",
    "Matrix": "Ma trận",
    "Drift": "Sai lệch",
    "actual schema vs the expected schema": "lược đồ thực tế so với lược đồ mong đợi",
    "Server differences (not drift) (%1)": "Khác biệt do máy chủ (không phải sai lệch) (%1)",
    "%n server difference(s), not drift.": "%n khác biệt do máy chủ, không phải sai lệch.",
    "what the two PostgreSQL versions ship": "những gì hai phiên bản PostgreSQL kèm theo",
    "Problems (%1)": "Sự cố (%1)",
    "Problems": "Sự cố",
    "Environments": "Môi trường",
    "Revision": "Phiên bản",
    "Run console": "Bảng chạy",
    "History": "Lịch sử",
    "&File": "&Tệp",
    "&Open Project…": "&Mở dự án…",
    "Open Project (a folder with strata.toml)": "Mở dự án (thư mục có strata.toml)",
    "Open &Recent": "Mở &gần đây",
    "Re&load Project": "Tải &lại dự án",
    "&Save Run Log…": "&Lưu nhật ký chạy…",
    "&Quit": "T&hoát",
    "&Edit": "&Sửa",
    "&Find Revision": "&Tìm phiên bản",
    "Find &Next": "Tìm &tiếp",
    "E&nvironment": "&Môi trường",
    "&Refresh Status": "&Làm mới trạng thái",
    "&Cancel Run": "&Hủy lần chạy",
    "&Revision": "&Phiên bản",
    "&View": "&Xem",
    "Revision &Graph": "&Đồ thị phiên bản",
    "&Matrix": "&Ma trận",
    "&Drift": "&Sai lệch",
    "&Help": "Trợ &giúp",
    "&About Strata Studio": "&Giới thiệu Strata Studio",
    "About Strata Studio": "Giới thiệu Strata Studio",
    "Main": "Chính",
    " Environment: ": " Môi trường: ",
    "The environment the actions apply to (Ctrl+1…9)": "Môi trường mà các thao tác áp dụng (Ctrl+1…9)",
    "Could not open %1: %2": "Không mở được %1: %2",
    "%1 — Strata Studio": "%1 — Strata Studio",
    "No project: File ▸ Open, or drop a folder with strata.toml here":
        "Chưa có dự án: Tệp ▸ Mở, hoặc thả một thư mục có strata.toml vào đây",
    "%1 — %n revision(s)": "%1 — %n phiên bản",
    ", %n problem(s)": ", %n sự cố",
    "<b>running…</b>": "<b>đang chạy…</b>",
    "Environment": "Môi trường",
    "Upgrade %1 to Here…": "Nâng cấp %1 đến đây…",
    "Downgrade %1 to Here…": "Hạ cấp %1 về đây…",
    "Stamp %1 Here…": "Đánh dấu %1 tại đây…",
    "Upgrade %1 to Heads…": "Nâng cấp %1 lên heads…",
    "Downgrade %1 One Step…": "Hạ cấp %1 một bước…",
    "Choose an environment first.": "Hãy chọn một môi trường trước.",
    "%1 is unreachable: %2": "Không kết nối được %1: %2",
    "%1 has not been read yet; wait for its status.": "Chưa đọc được %1; hãy chờ trạng thái của nó.",
    "Upgrade %1 to %2": "Nâng cấp %1 đến %2",
    "Downgrade %1 to %2": "Hạ cấp %1 về %2",
    "Stamp %1 at %2": "Đánh dấu %1 tại %2",
    "Upgrade %1 to heads": "Nâng cấp %1 lên heads",
    "Downgrade %1 one step": "Hạ cấp %1 một bước",
    "%1: nothing to do.": "%1: không có gì để làm.",
    "%1: cancelled, nothing ran.": "%1: đã hủy, không có gì được chạy.",
    "A run is in progress": "Đang có một lần chạy",
    "Cancel the run and quit? The current revision rolls back.":
        "Hủy lần chạy và thoát? Phiên bản đang chạy sẽ được hoàn tác.",
    "&Edit Revision": "&Sửa phiên bản",
    "&New Revision…": "Phiên bản &mới…",
    "New Revision &After This…": "Phiên bản mới &sau phiên bản này…",
    "&Merge Heads…": "&Gộp các heads…",
    "Save &Revision": "Lưu &phiên bản",
    "Cannot open %1: %2": "Không mở được %1: %2",
    "Try it: %1": "Chạy thử: %1",
    "Start the sandbox (strata sandbox start) or set shadow_url to compare with the expected schema.":
        "Hãy khởi động sandbox (strata sandbox start) hoặc đặt shadow_url để so với lược đồ mong đợi.",
    "&Language": "&Ngôn ngữ",
    "System language": "Ngôn ngữ hệ thống",
    "The language changes when Strata Studio starts again.":
        "Ngôn ngữ sẽ thay đổi khi khởi động lại Strata Studio.",
    # Environment cards
    "protected": "được bảo vệ",
    "refreshing…": "đang làm mới…",
    "State": "Trạng thái",
    "reading…": "đang đọc…",
    "Error": "Lỗi",
    "Enter password…": "Nhập mật khẩu…",
    "Server": "Máy chủ",
    "PostgreSQL %1": "PostgreSQL %1",
    "Heads": "Heads",
    "Pending": "Chờ áp dụng",
    "up to date": "đã cập nhật",
    "%n pending": "%n chờ áp dụng",
    "Dirty": "Dở dang",
    "yes": "có",
    "Changed": "Đã đổi",
    "files changed since applied: %1": "tệp đã đổi sau khi áp dụng: %1",
    "unknown: %1": "không rõ: %1",
    "Last run": "Lần chạy cuối",
    # Drift
    "only in B": "chỉ có ở B",
    "only in A": "chỉ có ở A",
    "changed": "đã đổi",
    "column order": "thứ tự cột",
    "Compare": "So sánh",
    "Compare the two schemas": "So sánh hai lược đồ",
    "Choose two environments, or an environment and its expected schema.":
        "Chọn hai môi trường, hoặc một môi trường và lược đồ mong đợi của nó.",
    "against B:": "so với B:",
    "Object": "Đối tượng",
    "Difference": "Khác biệt",
    "Reading %1 and building its expected schema…": "Đang đọc %1 và dựng lược đồ mong đợi…",
    "Reading %1 and %2…": "Đang đọc %1 và %2…",
    "Cannot compare: %1": "Không so sánh được: %1",
    "%1 only in B": "%1 chỉ có ở B",
    "%1 only in A": "%1 chỉ có ở A",
    "%1 changed": "%1 đã đổi",
    "%1 column order": "%1 thứ tự cột",
    "(not in A)": "(không có ở A)",
    "(not in B)": "(không có ở B)",
    "in sync": "khớp",
    # Run console
    "No run yet.": "Chưa có lần chạy nào.",
    "Cancel": "Hủy",
    "Save log…": "Lưu nhật ký…",
    "%v / %m revisions": "%v / %m phiên bản",
    "index build %p%": "tạo chỉ mục %p%",
    "Cancel the run (Ctrl+.)": "Hủy lần chạy (Ctrl+.)",
    "Running: %1": "Đang chạy: %1",
    "waiting for the migration lock: %1": "đang chờ khóa di trú: %1",
    "migration lock acquired": "đã lấy khóa di trú",
    "warning: %1": "cảnh báo: %1",
    "run finished: %n step(s) in %1": "hoàn tất: %n bước trong %1",
    "Finished.": "Hoàn tất.",
    "run cancelled: %1": "đã hủy: %1",
    "run failed: %1": "thất bại: %1",
    "Cancelled.": "Đã hủy.",
    "Failed.": "Thất bại.",
    "succeeded": "thành công",
    "failed": "thất bại",
    "Save run log": "Lưu nhật ký chạy",
    "Log files (*.log *.txt)": "Tệp nhật ký (*.log *.txt)",
    "Cannot read %1: %2": "Không đọc được %1: %2",
    # Command line of strata-studio
    "Strata Studio: PostgreSQL migrations": "Strata Studio: di trú PostgreSQL",
    "Project folder (with strata.toml)": "Thư mục dự án (có strata.toml)",
    "Use a dark palette (the system's palette is followed otherwise).":
        "Dùng bảng màu tối (nếu không thì theo bảng màu của hệ thống).",
    "Runs only walk their plan in the console; no database changes.":
        "Các lần chạy chỉ duyệt kế hoạch trong bảng chạy; cơ sở dữ liệu không thay đổi.",
    "Language: en, vi or system.": "Ngôn ngữ: en, vi hoặc system.",
    "<h3>Strata Studio %1</h3><p>PostgreSQL migrations, Alembic-compatible.</p>":
        "<h3>Strata Studio %1</h3><p>Di trú PostgreSQL, tương thích Alembic.</p>",
    # Data-only texts (same in every language)
    "—": "—",
    "?": "?",
    "#": "#",
    "%1: %2": "%1: %2",
    "%1:%2": "%1:%2",
    "%1 — %2": "%1 — %2",
    # Drift
    "A:": "A:",
    "A: %1": "A: %1",
    "B: %1": "B: %1",
    "New revision from these differences": "Phiên bản mới từ các khác biệt này",
    "Write a new revision on the heads whose upgrade brings B to A (what was changed by hand in A) and whose downgrade brings it back; destructive statements come out commented":
        "Viết một phiên bản mới trên các heads, có phần nâng cấp đưa B về giống A (những gì đã "
        "được sửa tay ở A) và phần hạ cấp đưa nó trở lại; các câu lệnh phá hủy dữ liệu được "
        "để dưới dạng chú thích",
    "Message of the new revision:": "Thông điệp của phiên bản mới:",
    "capture drift of %1": "ghi lại sai lệch của %1",
    "Writing a revision from the differences of %1…": "Đang viết phiên bản từ các khác biệt của %1…",
    "Wrote %1.": "Đã viết %1.",
    "Wrote %1 (%2).": "Đã viết %1 (%2).",
    "Cannot write the revision: %1": "Không viết được phiên bản: %1",
    "drift: not compared": "sai lệch: chưa so sánh",
    "drift: unknown (the last comparison at %1 failed: %2)":
        "sai lệch: không rõ (lần so sánh cuối lúc %1 thất bại: %2)",
    "drift: none, in sync with the expected schema (from the last comparison at %1)":
        "sai lệch: không có, khớp với lược đồ mong đợi (theo lần so sánh cuối lúc %1)",
    "drift: %n difference(s) (from the last comparison at %1)":
        "sai lệch: %n khác biệt (theo lần so sánh cuối lúc %1)",
    # Run
    "dry run of %1 (nothing is executed)": "chạy mô phỏng %1 (không thực thi gì)",
    "%1 %2 (%3 of %4)": "%1 %2 (%3 trên %4)",
    "line %1: %2": "dòng %1: %2",
    "FAILED: cannot open the project: %1": "THẤT BẠI: không mở được dự án: %1",
    "FAILED: %1": "THẤT BẠI: %1",
    # Editor: file banner, find bar
    "Open in External Editor": "Mở bằng trình soạn thảo ngoài",
    "Open the file in the desktop's editor for it": "Mở tệp bằng trình soạn thảo mặc định của máy",
    "Match case": "Khớp chữ hoa/thường",
    "Find": "Tìm",
    "Replace with": "Thay bằng",
    "Previous": "Trước",
    "Next": "Sau",
    "Replace": "Thay",
    "Replace all": "Thay tất cả",
    "Close (Escape)": "Đóng (Escape)",
    "Not found": "Không tìm thấy",
    "%n replaced": "Đã thay %n",
    # Graph
    "head": "head",
    "base": "base",
    "merge of %1": "gộp của %1",
    "branch point": "điểm rẽ nhánh",
    "an environment is dirty here": "có một môi trường dở dang tại đây",
    "file changed since it was applied": "tệp đã đổi sau khi áp dụng",
    "%1 is here": "%1 đang ở đây",
    "Graph": "Đồ thị",
    "Message": "Thông điệp",
    "Branch labels": "Nhãn nhánh",
    "Date": "Ngày",
    "%n problem(s) (Problems panel): %1": "%n sự cố (bảng Sự cố): %1",
    # Editor: header form
    "Transactional": "Trong giao dịch",
    "none: a base; several, comma separated: a merge":
        "để trống: một base; nhiều, cách nhau bằng dấu phẩy: một phiên bản gộp",
    "comma separated": "cách nhau bằng dấu phẩy",
    "revision ids or branch labels, comma separated": "id phiên bản hoặc nhãn nhánh, cách nhau bằng dấu phẩy",
    "Run the revision in one transaction. Unchecked: statement by statement, for CREATE INDEX CONCURRENTLY, VACUUM and the like.":
        "Chạy phiên bản trong một giao dịch. Bỏ chọn: chạy từng câu lệnh một, cho CREATE INDEX "
        "CONCURRENTLY, VACUUM và các lệnh tương tự.",
    "Created": "Ngày tạo",
    "&Message": "&Thông điệp",
    "&Revises": "&Kế thừa",
    "&Branch labels": "&Nhãn nhánh",
    "&Depends on": "&Phụ thuộc vào",
    # History
    "%1 %2 %3, %4 by %5": "%2 %3 %1, %4 bởi %5",
    "%1 %2 %3 at %4 (resolve it first)": "%1 %2 %3 lúc %4 (hãy xử lý trước)",
    "Select an environment to see its history.": "Chọn một môi trường để xem lịch sử của nó.",
    "History of %1: reading…": "Lịch sử của %1: đang đọc…",
    "History of %1: unreachable (%2)": "Lịch sử của %1: không kết nối được (%2)",
    "History of %1: cannot be read (%2)": "Lịch sử của %1: không đọc được (%2)",
    # Matrix
    "● current head": "● head hiện tại",
    "✓ applied": "✓ đã áp dụng",
    "… pending": "… chờ áp dụng",
    "— not on this branch": "— không thuộc nhánh này",
    # Merge dialog
    "Merge heads": "Gộp các heads",
    "merge heads": "gộp các heads",
    "Heads to merge:": "Các heads cần gộp:",
    "&Message:": "&Thông điệp:",
    "There is only one head: nothing to merge.": "Chỉ có một head: không có gì để gộp.",
    "Check at least two heads.": "Hãy chọn ít nhất hai heads.",
    "Nothing was written: %1": "Chưa ghi gì: %1",
    "Writing the merge revision…": "Đang viết phiên bản gộp…",
    # New revision dialog
    "Run in one transaction": "Chạy trong một giao dịch",
    "New revision": "Phiên bản mới",
    "New id": "Id mới",
    "Generate another random id": "Tạo một id ngẫu nhiên khác",
    "none: the first revision (a base)": "để trống: phiên bản đầu tiên (một base)",
    "revision ids, comma separated (empty: a new base)":
        "id phiên bản, cách nhau bằng dấu phẩy (để trống: một base mới)",
    "optional, e.g. feature_x": "không bắt buộc, ví dụ feature_x",
    "optional: revision ids or branch labels, comma separated":
        "không bắt buộc: id phiên bản hoặc nhãn nhánh, cách nhau bằng dấu phẩy",
    "Uncheck for CREATE INDEX CONCURRENTLY, VACUUM and the like (the revision then runs statement by statement).":
        "Bỏ chọn cho CREATE INDEX CONCURRENTLY, VACUUM và các lệnh tương tự (khi đó phiên bản "
        "chạy từng câu lệnh một).",
    "what this revision does": "phiên bản này làm gì",
    "Revision &id:": "&Id phiên bản:",
    "&Revises:": "&Kế thừa:",
    "&Branch label:": "&Nhãn nhánh:",
    "&Depends on:": "&Phụ thuộc vào:",
    "Written to %1": "Đã ghi vào %1",
    "The revision id is empty.": "Id phiên bản đang trống.",
    "Revision id: %1": "Id phiên bản: %1",
    "A revision with the id %1 already exists.": "Đã có một phiên bản với id %1.",
    "The file %1.sql already exists in the versions folder.": "Tệp %1.sql đã có trong thư mục versions.",
    "A revision cannot revise itself.": "Một phiên bản không thể kế thừa chính nó.",
    "The parent %1 does not exist.": "Phiên bản cha %1 không tồn tại.",
    "A parent is named twice.": "Một phiên bản cha được nêu hai lần.",
    "Branch label %1: %2": "Nhãn nhánh %1: %2",
    "The branch label %1 is already used by revision %2.": "Nhãn nhánh %1 đã được phiên bản %2 dùng.",
    "The branch label %1 is a revision id.": "Nhãn nhánh %1 trùng với một id phiên bản.",
    "Depends on %1: no such revision or branch label.":
        "Phụ thuộc vào %1: không có phiên bản hay nhãn nhánh nào như vậy.",
    "Written as a .py revision by the project's Alembic (%1), so that `alembic upgrade` runs it too":
        "Được ghi thành phiên bản .py bằng Alembic của dự án (%1), để `alembic upgrade` cũng chạy được nó",
    "Writing the revision with the project's Alembic…": "Đang viết phiên bản bằng Alembic của dự án…",
    "Writing the revision…": "Đang viết phiên bản…",
    # Password dialog
    "Remember in the system keyring": "Ghi nhớ trong kho khóa của hệ thống",
    "Password for %1": "Mật khẩu cho %1",
    "This build has no keyring support; use ~/.pgpass to keep it.":
        "Bản dựng này không hỗ trợ kho khóa; hãy dùng ~/.pgpass để lưu mật khẩu.",
    # Plan dialog
    "Plan: %1": "Kế hoạch: %1",
    "(empty)": "(trống)",
    '<h3>%1</h3><span style="color:%2">■</span> <b>%3</b> %4<br>Version table: <code>%5</code> → <code>%6</code>, %n step(s)':
        '<h3>%1</h3><span style="color:%2">■</span> <b>%3</b> %4<br>Bảng phiên bản: '
        '<code>%5</code> → <code>%6</code>, %n bước',
    "Dry run: the steps are shown in the console, nothing is executed.":
        "Chạy mô phỏng: các bước được hiển thị trong bảng chạy, không thực thi gì.",
    "Nothing to do: the environment is already there.": "Không có gì để làm: môi trường đã ở đó rồi.",
    "%1 is not transactional: its statements run one by one in autocommit; a failure leaves the environment dirty.":
        "%1 không chạy trong giao dịch: các câu lệnh chạy lần lượt ở chế độ autocommit; nếu lỗi, "
        "môi trường sẽ bị dở dang.",
    "%1 changed since it was applied here (checksum differs).":
        "%1 đã thay đổi sau khi được áp dụng ở đây (tổng kiểm tra khác).",
    "Stamp: only the version table changes, no SQL of the revisions runs.":
        "Đánh dấu: chỉ bảng phiên bản thay đổi, không chạy SQL nào của các phiên bản.",
    "Action": "Thao tác",
    "Mode": "Chế độ",
    "stamp": "đánh dấu",
    "upgrade": "nâng cấp",
    "downgrade": "hạ cấp",
    "rows only": "chỉ các dòng",
    "autocommit": "autocommit",
    "transaction": "giao dịch",
    "&Run": "&Chạy",
    "&Dry run": "Chạy &mô phỏng",
    "<b>%1 is protected.</b> Type its name to confirm:":
        "<b>%1 được bảo vệ.</b> Gõ tên của nó để xác nhận:",
    "-- stamp: no SQL runs": "-- đánh dấu: không chạy SQL nào",
    "-- %1 has no downgrade section: irreversible": "-- %1 không có phần hạ cấp: không thể hoàn tác",
    "Version table: %1\nHeads after this step: %2": "Bảng phiên bản: %1\nHeads sau bước này: %2",
    "(none)": "(không có)",
    "The name typed does not match '%1': nothing runs.": "Tên đã gõ không khớp với '%1': không chạy gì.",
    "%1 is irreversible (no downgrade section): the run is refused.":
        "%1 không thể hoàn tác (không có phần hạ cấp): lần chạy bị từ chối.",
    "Pre-flight": "Kiểm tra trước",
    "&Export as SQL…": "&Xuất ra SQL…",
    "Save the plan's SQL as `strata upgrade --sql` writes it":
        "Lưu SQL của kế hoạch giống như `strata upgrade --sql` ghi ra",
    "&Copy step SQL": "&Chép SQL của bước",
    "Copy the selected step's SQL to the clipboard": "Chép SQL của bước đang chọn vào bảng tạm",
    "I have read the %n error finding(s)": "Tôi đã đọc %n phát hiện lỗi",
    "Export the plan as SQL": "Xuất kế hoạch ra SQL",
    "SQL files (*.sql)": "Tệp SQL (*.sql)",
    "Rendering the plan's SQL…": "Đang dựng SQL của kế hoạch…",
    "Saved the plan's SQL to %1": "Đã lưu SQL của kế hoạch vào %1",
    "Copied the SQL of step %1 (%2) to the clipboard.": "Đã chép SQL của bước %1 (%2) vào bảng tạm.",
    "rendering cancelled": "đã hủy việc dựng",
    "-- %1: rendering its SQL with Alembic's offline mode…":
        "-- %1: đang dựng SQL bằng chế độ ngoại tuyến của Alembic…",
    "SQL unknown: %1": "Không rõ SQL: %1",
    "Nothing to do.": "Không có gì để làm.",
    "Run is refused: %1": "Lần chạy bị từ chối: %1",
    "Type '%1' to confirm: nothing runs.": "Gõ '%1' để xác nhận: chưa chạy gì.",
    'Tick "%1" first: nothing runs.': 'Hãy đánh dấu "%1" trước: chưa chạy gì.',
    # Pre-flight
    "Lint: %1, %2, %3": "Lint: %1, %2, %3",
    "%n error(s)": "%n lỗi",
    "error": "lỗi",
    "warning": "cảnh báo",
    "note": "ghi chú",
    "%n warning(s)": "%n cảnh báo",
    "%n note(s)": "%n ghi chú",
    '<span style="color:#c62828">%n destructive statement(s)</span>':
        '<span style="color:#c62828">%n câu lệnh phá hủy dữ liệu</span>',
    " (reading row estimates from %1…)": " (đang đọc ước tính số dòng từ %1…)",
    " (estimates not read: %1 cannot be reached)": " (chưa đọc ước tính: không kết nối được %1)",
    "Timeouts: %1": "Thời gian chờ: %1",
    "Backup: %1": "Sao lưu: %1",
    "broken": "hỏng",
    "drops data": "xóa dữ liệu",
    "Step %1: %2 %3": "Bước %1: %2 %3",
    "(one transaction)": "(một giao dịch)",
    "(autocommit, statement by statement)": "(autocommit, từng câu lệnh một)",
    "Problems (strata check): the run is refused": "Sự cố (strata check): lần chạy bị từ chối",
    "(line %1)": "(dòng %1)",
    "Destructive statements (estimates from %1)": "Câu lệnh phá hủy dữ liệu (ước tính từ %1)",
    "line %1:%2": "dòng %1:%2",
    "help: %1": "trợ giúp: %1",
    "Lint findings": "Phát hiện của lint",
    "none": "không có",
    "%1 (line %2): no lock on an existing table": "%1 (dòng %2): không khóa bảng nào đã có",
    "Locks (held until the revision commits)": "Khóa (giữ đến khi phiên bản commit)",
    "Locks (each held while its statement runs)": "Khóa (mỗi khóa giữ trong lúc câu lệnh của nó chạy)",
    "no statements": "không có câu lệnh",
    # Problems
    "Problem": "Sự cố",
    "Section": "Phần",
    "Line": "Dòng",
    "%1:%2 (file line %3)": "%1:%2 (dòng %3 của tệp)",
    "Right-click: %1": "Nhấp chuột phải: %1",
    "revision": "phiên bản",
    "file line %1": "dòng %1 của tệp",
    "Location": "Vị trí",
    "All levels": "Mọi mức",
    "Errors and warnings": "Lỗi và cảnh báo",
    "Errors only": "Chỉ lỗi",
    "Show:": "Hiện:",
    # Python revisions
    "<b>Python revision</b> — runs through the project's Alembic; edit it in your editor. Strata shows %1 read-only and reloads it when it changes on disk.":
        "<b>Phiên bản Python</b> — chạy qua Alembic của dự án; hãy sửa nó trong trình soạn thảo "
        "của bạn. Strata hiển thị %1 ở chế độ chỉ đọc và tải lại khi tệp thay đổi trên đĩa.",
    "<b>Python revision</b> — %1 was removed from disk.": "<b>Phiên bản Python</b> — %1 đã bị xóa khỏi đĩa.",
    # Revision editor
    "Upgrade": "Nâng cấp",
    "Downgrade": "Hạ cấp",
    "Try it": "Chạy thử",
    "On a scratch database of the sandbox brought to the parents: upgrade, downgrade, upgrade again":
        "Trên một cơ sở dữ liệu nháp của sandbox đã đưa đến các phiên bản cha: nâng cấp, hạ cấp, "
        "rồi nâng cấp lại",
    "Downgrade (no section: the revision is irreversible; type here to add one)":
        "Hạ cấp (chưa có phần này: phiên bản không thể hoàn tác; gõ vào đây để thêm)",
    "The revision was not saved: the header would not be valid (%1). Your edits are kept.":
        "Phiên bản chưa được lưu: phần đầu sẽ không hợp lệ (%1). Các chỉnh sửa của bạn vẫn được giữ.",
    "%1 is read-only: the revision was not saved. Your edits are kept; make the file writable and save again.":
        "%1 chỉ đọc: phiên bản chưa được lưu. Các chỉnh sửa của bạn vẫn được giữ; hãy cho phép ghi "
        "tệp rồi lưu lại.",
    "Could not save %1: %2. Your edits are kept.": "Không lưu được %1: %2. Các chỉnh sửa của bạn vẫn được giữ.",
    "%1 has unsaved changes. Save them before closing?": "%1 có thay đổi chưa lưu. Lưu trước khi đóng?",
    "Revision %1": "Phiên bản %1",
    "%n table(s) for completion": "%n bảng để tự hoàn thành",
    "%1 is a Python revision (not only op.execute calls): it runs through the project's Alembic and opens read-only":
        "%1 là phiên bản Python (không chỉ gồm các lời gọi op.execute): nó chạy qua Alembic của "
        "dự án và được mở ở chế độ chỉ đọc",
    "<b>SQL revision in Python form</b> — %1 is only op.execute(…) calls: Strata edits their SQL here and saving rewrites only those string literals. The header is Alembic's Python: edit it in your editor.":
        "<b>Phiên bản SQL dạng Python</b> — %1 chỉ gồm các lời gọi op.execute(…): Strata sửa SQL "
        "của chúng ở đây và khi lưu chỉ viết lại các chuỗi đó. Phần đầu là Python của Alembic: "
        "hãy sửa nó trong trình soạn thảo của bạn.",
    "The header of a .py revision is Python (its docstring and revision/down_revision assignments): edit it in your editor":
        "Phần đầu của phiên bản .py là Python (docstring và các phép gán revision/down_revision): "
        "hãy sửa nó trong trình soạn thảo của bạn",
    "Upgrade — upgrade()": "Nâng cấp — upgrade()",
    "Upgrade — upgrade() has no op.execute call (read-only: add one in your editor)":
        "Nâng cấp — upgrade() không có lời gọi op.execute (chỉ đọc: hãy thêm trong trình soạn thảo "
        "của bạn)",
    "Downgrade — no downgrade() in the file: the revision is irreversible (read-only: add one in your editor)":
        "Hạ cấp — tệp không có downgrade(): phiên bản không thể hoàn tác (chỉ đọc: hãy thêm trong "
        "trình soạn thảo của bạn)",
    "Downgrade — downgrade()": "Hạ cấp — downgrade()",
    "Downgrade — downgrade() has no op.execute call (read-only: add one in your editor)":
        "Hạ cấp — downgrade() không có lời gọi op.execute (chỉ đọc: hãy thêm trong trình soạn thảo "
        "của bạn)",
    "The revision was not saved: %1 Your edits are kept.":
        "Phiên bản chưa được lưu: %1 Các chỉnh sửa của bạn vẫn được giữ.",
    "%1 changed on disk and is now Python (not only op.execute calls): it will show read-only. Drop your edits? (No keeps them here; saving is refused until the file is SQL form again.)":
        "%1 đã thay đổi trên đĩa và giờ là Python (không chỉ gồm các lời gọi op.execute): nó sẽ "
        "hiển thị ở chế độ chỉ đọc. Bỏ các chỉnh sửa? (Không: giữ chúng ở đây; việc lưu bị từ chối "
        "cho đến khi tệp lại ở dạng SQL.)",
    # Inspector
    "Upgrade SQL": "SQL nâng cấp",
    "Downgrade SQL": "SQL hạ cấp",
    "unreachable": "không kết nối được",
    "applied (current head)": "đã áp dụng (head hiện tại)",
    "applied": "đã áp dụng",
    "pending": "chờ áp dụng",
    "not on its branch": "không thuộc nhánh của nó",
    " on %1": " lúc %1",
    " by %1": " bởi %1",
    "No revision selected": "Chưa chọn phiên bản nào",
    "Parents": "Cha",
    "Children": "Con",
    "Depends on": "Phụ thuộc vào",
    "<b>no</b> (statement by statement, autocommit)": "<b>không</b> (từng câu lệnh một, autocommit)",
    "Reversible": "Hoàn tác được",
    "<b>no</b>: no downgrade section": "<b>không</b>: không có phần hạ cấp",
    "File": "Tệp",
    "Upgrade checksum": "Tổng kiểm tra nâng cấp",
    "Downgrade checksum": "Tổng kiểm tra hạ cấp",
    "Upgrade: %1\nDowngrade: %2": "Nâng cấp: %1\nHạ cấp: %2",
    "-- no downgrade section: irreversible": "-- không có phần hạ cấp: không thể hoàn tác",
    # Python form writer
    'The file has no %1 function: adding one means writing Python. Add it in your editor (op.execute("""...""")); Strata then edits its SQL here.':
        'Tệp không có hàm %1: thêm hàm nghĩa là phải viết Python. Hãy thêm nó trong trình soạn thảo '
        'của bạn (op.execute("""...""")); sau đó Strata sẽ sửa SQL của nó ở đây.',
    "%1 is Python, not only op.execute calls: edit it in your editor.":
        "%1 là Python, không chỉ gồm các lời gọi op.execute: hãy sửa nó trong trình soạn thảo của bạn.",
    'This revision uses op.execute("COMMIT"): Alembic sends each call as one query, so %1 gets one statement here; give the others their own op.execute calls in your editor.':
        'Phiên bản này dùng op.execute("COMMIT"): Alembic gửi mỗi lời gọi thành một truy vấn, nên ở '
        'đây %1 chỉ nhận một câu lệnh; hãy cho các câu lệnh khác lời gọi op.execute riêng trong '
        'trình soạn thảo của bạn.',
    '%1 (line %2) has no op.execute call to hold this SQL: adding one means writing Python. Add op.execute("""...""") in your editor; Strata then edits its SQL here.':
        '%1 (dòng %2) không có lời gọi op.execute nào để chứa SQL này: thêm một lời gọi nghĩa là '
        'phải viết Python. Hãy thêm op.execute("""...""") trong trình soạn thảo của bạn; sau đó '
        'Strata sẽ sửa SQL của nó ở đây.',
    "%1 holds %2 op.execute calls, and this edit changes the text between two of them (or spans both): the SQL cannot be placed without adding, removing or merging calls, which means rewriting your Python. Keep each call's SQL within its own lines, or change the calls in your editor.":
        "%1 chứa %2 lời gọi op.execute, và chỉnh sửa này thay đổi phần chữ giữa hai lời gọi (hoặc "
        "trải qua cả hai): không thể đặt SQL vào mà không thêm, xóa hoặc gộp các lời gọi, nghĩa là "
        "phải viết lại Python của bạn. Hãy giữ SQL của mỗi lời gọi trong các dòng của nó, hoặc sửa "
        "các lời gọi trong trình soạn thảo của bạn.",
    'op.execute("COMMIT") at line %1 ends Alembic\'s transaction so that what follows (CREATE INDEX CONCURRENTLY) runs outside one; it stays as written. To remove it, edit the Python in your editor.':
        'op.execute("COMMIT") ở dòng %1 kết thúc giao dịch của Alembic để phần tiếp theo (CREATE '
        'INDEX CONCURRENTLY) chạy bên ngoài giao dịch; nó được giữ nguyên. Để xóa nó, hãy sửa '
        'Python trong trình soạn thảo của bạn.',
    "The op.execute call at line %1 would be left without SQL: removing a call means rewriting your Python. Keep some SQL in it, or remove the call in your editor.":
        "Lời gọi op.execute ở dòng %1 sẽ không còn SQL: xóa một lời gọi nghĩa là phải viết lại "
        "Python của bạn. Hãy giữ lại một ít SQL trong đó, hoặc xóa lời gọi trong trình soạn thảo "
        "của bạn.",
    'The op.execute call at line %1 would hold %2 statements. This revision uses op.execute("COMMIT"): Alembic sends each call as one query, and a statement such as CREATE INDEX CONCURRENTLY must be alone in its query. Give each statement its own op.execute call in your editor.':
        'Lời gọi op.execute ở dòng %1 sẽ chứa %2 câu lệnh. Phiên bản này dùng op.execute("COMMIT"): '
        'Alembic gửi mỗi lời gọi thành một truy vấn, và một câu lệnh như CREATE INDEX CONCURRENTLY '
        'phải đứng một mình trong truy vấn của nó. Hãy cho mỗi câu lệnh một lời gọi op.execute '
        'riêng trong trình soạn thảo của bạn.',
    "The op.execute call at line %1 is written as several string literals with comments between them, and this edit spans two of them: one literal in their place would drop the comments. Edit each literal's text on its own, or change the call in your editor.":
        "Lời gọi op.execute ở dòng %1 được viết thành nhiều chuỗi với chú thích xen giữa, và chỉnh "
        "sửa này trải qua hai chuỗi: thay chúng bằng một chuỗi sẽ làm mất các chú thích. Hãy sửa "
        "riêng từng chuỗi, hoặc sửa lời gọi trong trình soạn thảo của bạn.",
    "The SQL of %1 could not be written back as string literals without changing the Python around them.":
        "Không thể ghi lại SQL của %1 thành các chuỗi mà không thay đổi phần Python xung quanh.",
    # SQL highlighting styles
    "Default": "Mặc định",
    "Comment": "Chú thích",
    "Keyword": "Từ khóa",
    "Type": "Kiểu",
    "Function": "Hàm",
    "String": "Chuỗi",
    "Dollar-quoted string": "Chuỗi trong dấu đô la",
    "Number": "Số",
    "Operator": "Toán tử",
    "Quoted identifier": "Định danh trong ngoặc kép",
    # Editor: diagnostics and lint quick fixes (header keywords such as 'Transactional: no'
    # stay as written: they are the file's syntax)
    "hint": "gợi ý",
    "'Transactional: no' but no statement needs it: if a statement fails, the ones before it stay applied; consider 'Transactional: yes'":
        "'Transactional: no' nhưng không câu lệnh nào cần điều đó: nếu một câu lệnh lỗi, các câu "
        "lệnh trước nó vẫn giữ nguyên; hãy cân nhắc 'Transactional: yes'",
    "Fix: build the index CONCURRENTLY (the revision becomes 'Transactional: no')":
        "Sửa: tạo chỉ mục CONCURRENTLY (phiên bản trở thành 'Transactional: no')",
    "Fix: drop the index CONCURRENTLY (the revision becomes 'Transactional: no')":
        "Sửa: xóa chỉ mục CONCURRENTLY (phiên bản trở thành 'Transactional: no')",
    "Fix: add IF NOT EXISTS": "Sửa: thêm IF NOT EXISTS",
    "Fix: add IF EXISTS": "Sửa: thêm IF EXISTS",
    "Fix: add the constraint NOT VALID, then VALIDATE CONSTRAINT %1 (the revision becomes 'Transactional: no')":
        "Sửa: thêm ràng buộc NOT VALID, rồi VALIDATE CONSTRAINT %1 (phiên bản trở thành "
        "'Transactional: no')",
    # History table
    "Id": "Id",
    "Direction": "Chiều",
    "Status": "Trạng thái",
    "Started": "Bắt đầu",
    "Duration": "Thời lượng",
    "OS user": "Người dùng HĐH",
    "DB user": "Người dùng CSDL",
    "running": "đang chạy",
    "cancelled": "đã hủy",
    "%1 ms": "%1 ms",
    "%1 s": "%1 s",
    " (resolved: %1)": " (đã xử lý: %1)",
    "expected schema": "lược đồ mong đợi",
    "Close Tab": "Đóng thẻ",
    # Down one step: branch choice
    "Down One Step: Choose a Branch": "Hạ cấp một bước: chọn nhánh",
    "%1 is at %n head(s). Choose the branch to step down one revision; the other branches stay where they are.":
        "%1 đang ở %n head. Hãy chọn nhánh cần hạ một phiên bản; các nhánh khác giữ nguyên.",
    "%1 (branch %2)": "%1 (nhánh %2)",
    "downgrade %1@-1": "downgrade %1@-1",
    "Plan the Step Down…": "Lập kế hoạch hạ một bước…",
    # Resolve a dirty environment
    "&Resolve Dirty Environment…": "&Xử lý môi trường dở dang…",
    "End the dirty state left by a failed Transactional: no revision: retry it, or mark it applied or rolled back":
        "Kết thúc trạng thái dở dang do một phiên bản Transactional: no thất bại để lại: chạy lại "
        "nó, hoặc đánh dấu là đã áp dụng hay đã hoàn tác",
    "&Resolve %1…": "&Xử lý %1…",
    "Resolve %1": "Xử lý %1",
    "<b>%1 is dirty:</b> the <code>Transactional: no</code> revision %2 failed part way (%3), and every run on %1 is refused until this is resolved.":
        "<b>%1 đang dở dang:</b> phiên bản <code>Transactional: no</code> %2 đã thất bại giữa "
        "chừng (%3), và mọi lần chạy trên %1 đều bị từ chối cho đến khi việc này được xử lý.",
    "What was done about it?": "Đã làm gì với nó?",
    "&Retry": "&Chạy lại",
    "The cause is fixed: run the failed step again (its statements from the start).":
        "Nguyên nhân đã được sửa: chạy lại bước thất bại (các câu lệnh của nó từ đầu).",
    "Mark &applied": "Đánh dấu đã &áp dụng",
    "It was finished by hand: record %1 as applied, nothing runs.":
        "Đã được làm xong bằng tay: ghi nhận %1 là đã áp dụng, không chạy gì.",
    "Mark rolled &back": "Đánh dấu đã &hoàn tác",
    "It was undone by hand: the version stays where it is, nothing runs.":
        "Đã được hoàn tác bằng tay: phiên bản giữ nguyên chỗ cũ, không chạy gì.",
    "Resolve": "Xử lý",
    "The failed step": "Bước thất bại",
    "%1 (%2, not transactional)": "%1 (%2, không theo giao dịch)",
    "Revision:": "Phiên bản:",
    "Started:": "Bắt đầu:",
    "%1 by %2 on %3": "%1 bởi %2 trên %3",
    "line %1 of the revision file, error at character %2": "dòng %1 của tệp phiên bản, lỗi ở ký tự %2",
    "line %1 of the revision file": "dòng %1 của tệp phiên bản",
    "-- (the statement is not known)": "-- (không rõ câu lệnh)",
    "Failed statement:": "Câu lệnh thất bại:",
    "%1 (SQLSTATE %2)": "%1 (SQLSTATE %2)",
    "(no error recorded: the run was interrupted)": "(không ghi nhận lỗi nào: lần chạy đã bị ngắt)",
    "Error:": "Lỗi:",
    "Already resolved.": "Đã được xử lý.",
    "Choose what was done: Retry, Mark applied or Mark rolled back.":
        "Hãy chọn việc đã làm: Chạy lại, Đánh dấu đã áp dụng hoặc Đánh dấu đã hoàn tác.",
    "nothing is changed": "không có gì thay đổi",
    "Resolving %1 (%2)…": "Đang xử lý %1 (%2)…",
    "Resolved. %1": "Đã xử lý. %1",
    "Not resolved: %1": "Chưa xử lý được: %1",
    "Cancelled: %1 may still be dirty.": "Đã hủy: %1 có thể vẫn còn dở dang.",
    "retried": "đã chạy lại",
    "marked applied": "đã đánh dấu là đã áp dụng",
    "marked rolled back": "đã đánh dấu là đã hoàn tác",
    "%1: %2; it is at %3.": "%1: %2; hiện đang ở %3.",
    "base (no revision)": "base (chưa có phiên bản)",
    # Dock layouts, themes, help
    "&Editing": "&Soạn thảo",
    "&Graph": "Đồ &thị",
    "La&yout": "&Bố cục",
    "&Reset Layout": "Đặt &lại bố cục",
    "&Switch Automatically": "Tự động &chuyển",
    "An editor tab shows the Editing layout, the drift tab the Drift layout":
        "Thẻ soạn thảo dùng bố cục Soạn thảo, thẻ sai lệch dùng bố cục Sai lệch",
    "&Light": "&Sáng",
    "&Dark": "&Tối",
    "&System": "Theo &hệ thống",
    "&Theme": "&Chủ đề",
    "&Documentation": "&Tài liệu",
    "&Keyboard Shortcuts": "&Phím tắt",
    "Documentation": "Tài liệu",
    "The documentation is not installed. It is online in the project's repository: README.md and docs/studio.md.":
        "Tài liệu chưa được cài đặt. Có thể xem trực tuyến trong kho mã của dự án: README.md và "
        "docs/studio.md.",
    "Keyboard Shortcuts": "Phím tắt",
    "Filter by action, key or menu": "Lọc theo thao tác, phím hoặc trình đơn",
    "Shortcut": "Phím tắt",
    "Menu": "Trình đơn",
    # Drift badge and summary
    "%n difference(s)": "%n khác biệt",
    "unknown": "không rõ",
    "not compared": "chưa so sánh",
    "Not compared with the expected schema yet.": "Chưa so sánh với lược đồ mong đợi.",
    "The comparison failed.": "Việc so sánh đã thất bại.",
    "Compared at %1": "Đã so sánh lúc %1",
    "Click to open the comparison in the Drift view.": "Bấm để mở kết quả so sánh trong khung Sai lệch.",
    "cannot connect": "không kết nối được",
    "comparison failed": "so sánh thất bại",
    "Not compared with the expected schema yet: %1": "Chưa so sánh với lược đồ mong đợi: %1",
    "Compared with the expected schema at %1: in sync.": "Đã so sánh với lược đồ mong đợi lúc %1: khớp.",
    "Compared with the expected schema at %1: %n difference(s). Open the Drift view to see them.":
        "Đã so sánh với lược đồ mong đợi lúc %1: %n khác biệt. Mở khung Sai lệch để xem.",
    "Cannot connect (at %1): %2": "Không kết nối được (lúc %1): %2",
    "The comparison with the expected schema failed (at %1): %2":
        "Việc so sánh với lược đồ mong đợi đã thất bại (lúc %1): %2",
    "Swap A and B": "Đổi chỗ A và B",
    "%1 and %2 are in sync (%n object(s)).": "%1 và %2 khớp nhau (%n đối tượng).",
    "%1 vs %2: %n difference(s).": "%1 so với %2: %n khác biệt.",
    # Editor notices
    "Applied to %1: editing changes its checksum; <code>strata check</code> will report it, and those environments keep what already ran. To change them, write a new revision after %2.":
        "Đã áp dụng cho %1: sửa sẽ làm đổi tổng kiểm tra của nó; <code>strata check</code> sẽ báo "
        "điều này, và các môi trường đó vẫn giữ những gì đã chạy. Để thay đổi chúng, hãy viết một "
        "phiên bản mới sau %2.",
    "<b>Changed on disk</b> while you were editing it: %1. Reload drops your edits; Keep mine keeps them, and saving writes them over the new file.":
        "<b>Đã đổi trên đĩa</b> trong khi bạn đang sửa: %1. Tải lại sẽ bỏ các thay đổi của bạn; Giữ "
        "bản của tôi sẽ giữ chúng, và khi lưu chúng sẽ ghi đè lên tệp mới.",
    "&Reload": "Tải &lại",
    "&Keep mine": "&Giữ bản của tôi",
    "<b>Deleted from disk</b>: %1. The text stays here; Save writes the file again.":
        "<b>Đã bị xóa khỏi đĩa</b>: %1. Nội dung vẫn còn ở đây; Lưu sẽ ghi lại tệp.",
    "Saved with %n error(s) (%1): `strata check` reports it and a run stops before this revision.":
        "Đã lưu với %n lỗi (%1): `strata check` sẽ báo điều này và lần chạy sẽ dừng trước phiên bản này.",
    # Environments: actions, cards, table, editor
    "&Add Environment…": "&Thêm môi trường…",
    "&Edit Environment…": "&Sửa môi trường…",
    "&Test Connection": "&Thử kết nối",
    "Re&move Environment…": "&Xóa môi trường…",
    "Add an environment to strata.toml": "Thêm một môi trường vào strata.toml",
    "Edit the target environment in strata.toml": "Sửa môi trường đích trong strata.toml",
    "Connect to the target environment and show its server version":
        "Kết nối đến môi trường đích và hiện phiên bản máy chủ của nó",
    "Remove the target environment from strata.toml (its database is not touched)":
        "Xóa môi trường đích khỏi strata.toml (cơ sở dữ liệu của nó không bị động đến)",
    "%1: connected, %2": "%1: đã kết nối, %2",
    "No project is open.": "Chưa mở dự án nào.",
    "%1 written.": "Đã ghi %1.",
    "Remove Environment": "Xóa môi trường",
    "Remove %1 from strata.toml? Its database is not touched.":
        "Xóa %1 khỏi strata.toml? Cơ sở dữ liệu của nó không bị động đến.",
    "%1: connecting…": "%1: đang kết nối…",
    "target": "đích",
    "none (empty)": "không có (trống)",
    "Error: %1 (double-click to enter the password)": "Lỗi: %1 (bấm đúp để nhập mật khẩu)",
    "Error: %1": "Lỗi: %1",
    "%1 (protected)": "%1 (được bảo vệ)",
    "Protected: runs ask to type its name": "Được bảo vệ: các lần chạy yêu cầu gõ tên của nó",
    "Back up (pg_dump) before every run": "Sao lưu (pg_dump) trước mỗi lần chạy",
    "Add Environment": "Thêm môi trường",
    "Edit Environment %1": "Sửa môi trường %1",
    "staging": "staging",
    "postgresql://user@host:5432/db, service=name or ${VAR}":
        "postgresql://user@host:5432/db, service=name hoặc ${VAR}",
    "kept for this session only, never written": "chỉ giữ trong phiên này, không bao giờ được ghi ra",
    "Use the default": "Dùng mặc định",
    "none (e.g. 5s, 2min)": "không có (vd. 5s, 2min)",
    "Cancel &Test": "Hủy &thử",
    "&Name:": "&Tên:",
    "&URL:": "&URL:",
    "&Password:": "&Mật khẩu:",
    "Colour:": "Màu:",
    "&Lock timeout:": "Thời gian chờ &khóa:",
    "&Statement timeout:": "Thời gian chờ &câu lệnh:",
    "&Description:": "&Mô tả:",
    "&Add": "&Thêm",
    "&Save": "&Lưu",
    "Colour of the environment": "Màu của môi trường",
    "Connected: %1": "Đã kết nối: %1",
    "default": "mặc định",
    "This URL holds a password: it will be written to strata.toml as typed. Prefer the session password below or ~/.pgpass.":
        "URL này chứa mật khẩu: nó sẽ được ghi vào strata.toml đúng như đã gõ. Nên dùng mật khẩu "
        "phiên bên dưới hoặc ~/.pgpass.",
    "Give the environment a name.": "Hãy đặt tên cho môi trường.",
    "'%1' is not a valid name (use letters, digits, '_', '-' and '.').":
        "'%1' không phải là tên hợp lệ (hãy dùng chữ cái, chữ số, '_', '-' và '.').",
    "An environment called '%1' exists.": "Đã có một môi trường tên '%1'.",
    "Give the environment a URL.": "Hãy nhập URL cho môi trường.",
    "'%1' is not a duration (e.g. 5s, 2min).": "'%1' không phải là một khoảng thời gian (vd. 5s, 2min).",
    "Connecting…": "Đang kết nối…",
    "Show the password": "Hiện mật khẩu",
    "Hide the password": "Ẩn mật khẩu",
    "<b>%1</b> needs a password.": "<b>%1</b> cần mật khẩu.",
    "Type '%1' to confirm: %2.": "Gõ '%1' để xác nhận: %2.",
    "'%1' does not match the environment's name '%2': %3.": "'%1' không khớp với tên môi trường '%2': %3.",
    # Go to target
    "Stamp": "Đánh dấu",
    "Go to Target: %1": "Đi đến đích: %1",
    "heads, base, +2, -1, notes@-1, rev@head, a partial id":
        "heads, base, +2, -1, notes@-1, rev@head, một phần của id",
    "Automatic (up or down)": "Tự động (lên hoặc xuống)",
    "Stamp (version table only)": "Đánh dấu (chỉ bảng phiên bản)",
    "%1 is at base (no revision applied).": "%1 đang ở base (chưa áp dụng phiên bản nào).",
    "%1 is at %2.": "%1 đang ở %2.",
    "Plan…": "Lập kế hoạch…",
    "&Target:": "Đí&ch:",
    "&Direction:": "C&hiều:",
    "Type a target; its plan is shown here as you type.":
        "Hãy gõ một đích; kế hoạch của nó hiện ở đây trong khi bạn gõ.",
    "✗ %1": "✗ %1",
    "%1 is already there: nothing to do.": "%1 đã ở đó: không có gì để làm.",
    "%1 %2: %n step(s), heads after: %3": "%1 %2: %n bước, heads sau đó: %3",
    "%1 %2 — %3": "%1 %2 — %3",
    "%1 %2": "%1 %2",
    "&Go to Target on %1…": "Đi đến đí&ch trên %1…",
    "Upgrade %1 to here": "Nâng cấp %1 đến đây",
    "Downgrade %1 to here": "Hạ cấp %1 về đây",
    "Stamp %1 here": "Đánh dấu %1 tại đây",
    "Down one step on %1": "Hạ một bước trên %1",
    "Go to…": "Đi đến…",
    "Go to a target on %1: heads, base, +2, -1, notes@-1, rev@head, a partial id (%2)":
        "Đi đến một đích trên %1: heads, base, +2, -1, notes@-1, rev@head, một phần của id (%2)",
    "%1 (%2)": "%1 (%2)",
    "Downgrade %1 one step: cancelled, nothing ran.": "Hạ cấp %1 một bước: đã hủy, không có gì được chạy.",
    "Downgrade %1 one step on the branch of %2 (%3)": "Hạ cấp %1 một bước trên nhánh của %2 (%3)",
    "Go to target on %1: cancelled, nothing ran.": "Đi đến đích trên %1: đã hủy, không có gì được chạy.",
    "%1: %2 is already at %3, nothing to downgrade on that branch; to step it down, use Down One Step and choose it.":
        "%1: %2 đã ở %3, không có gì để hạ cấp trên nhánh đó; để hạ nó một bước, hãy dùng Hạ cấp "
        "một bước và chọn nhánh đó.",
    # Graph
    "Go to &Head of": "Đến &head của",
    "not read": "chưa đọc",
    "No environments": "Không có môi trường",
    "… %n revision(s)": "… %n phiên bản",
    "%n revision(s) from %1 to %2 with no branch, merge, environment or problem; double-click or press Enter to show them":
        "%n phiên bản từ %1 đến %2 không có nhánh, phiên bản gộp, môi trường hay sự cố nào; bấm "
        "đúp hoặc nhấn Enter để hiện chúng",
    "Zoom &In": "Phóng &to",
    "Zoom &Out": "Thu &nhỏ",
    "&Reset Zoom": "Đặt &lại thu phóng",
    "Search revisions: id, message, branch label or file (Ctrl+F, Enter for next)":
        "Tìm phiên bản: id, thông điệp, nhãn nhánh hoặc tệp (Ctrl+F, Enter để tìm tiếp)",
    "Only Matches": "Chỉ kết quả khớp",
    "Show only the revisions matching the search (id, message, label, file)":
        "Chỉ hiện các phiên bản khớp với tìm kiếm (id, thông điệp, nhãn, tệp)",
    "Fold Long Runs": "Thu gọn các chuỗi dài",
    "Fold more than %n plain revisions in a row into one row (double-click it to expand)":
        "Thu gọn hơn %n phiên bản thường liên tiếp thành một dòng (bấm đúp vào đó để mở rộng)",
    '%1 of %n revision(s) shown · <a href="all">Show all</a>':
        'Đang hiện %1 trên %n phiên bản · <a href="all">Hiện tất cả</a>',
    # History: filter bar, export
    "cannot write %1: %2": "không ghi được %1: %2",
    "any": "bất kỳ",
    "Whose history: one environment or all of them": "Lịch sử của môi trường nào: một môi trường hoặc tất cả",
    "Any status": "Mọi trạng thái",
    "Succeeded": "Thành công",
    "Failed": "Thất bại",
    "Cancelled": "Đã hủy",
    "Running": "Đang chạy",
    "Resolved": "Đã xử lý",
    "Any direction": "Mọi chiều",
    "Started on or after this day": "Bắt đầu vào hoặc sau ngày này",
    "Started on or before this day": "Bắt đầu vào hoặc trước ngày này",
    "User": "Người dùng",
    "Part of the user, host or database user": "Một phần tên người dùng, máy hoặc người dùng CSDL",
    "Revision, message or error…": "Phiên bản, thông điệp hoặc lỗi…",
    "From": "Từ",
    "to": "đến",
    "All environments": "Tất cả môi trường",
    "Export CSV…": "Xuất CSV…",
    "Write every row the filter shows to a CSV file": "Ghi mọi dòng đang được bộ lọc hiển thị vào một tệp CSV",
    "%Ln row(s) exported to %1": "Đã xuất %Ln dòng vào %1",
    "Export failed: %1": "Xuất thất bại: %1",
    "History of %1: %Ln row(s)": "Lịch sử của %1: %Ln dòng",
    "all environments": "tất cả môi trường",
    "History of %1: %Ln matching row(s)": "Lịch sử của %1: %Ln dòng khớp",
    "(not read: %1)": "(chưa đọc: %1)",
    "%1 shown; scroll for more": "Đang hiện %1; cuộn để xem thêm",
    "Exporting…": "Đang xuất…",
    "Export history": "Xuất lịch sử",
    "CSV files (*.csv);;All files (*)": "Tệp CSV (*.csv);;Mọi tệp (*)",
    # New project, preferences
    "&Preferences…": "&Tùy chỉnh…",
    "&New Project…": "Dự án &mới…",
    "&Strata project (strata.toml and versions/)": "Dự án &Strata (strata.toml và versions/)",
    "&Alembic project already in the folder (alembic.ini)": "Dự án &Alembic có sẵn trong thư mục (alembic.ini)",
    "New Project": "Dự án mới",
    "The project's folder (created when missing)": "Thư mục của dự án (được tạo nếu chưa có)",
    "&Browse…": "&Duyệt…",
    "Project folder": "Thư mục dự án",
    "optional, e.g. postgresql://app@localhost/app_dev": "không bắt buộc, vd. postgresql://app@localhost/app_dev",
    "Left empty, the first environment reads ${DATABASE_URL}. Passwords belong in .pgpass or the keyring, not here.":
        "Nếu để trống, môi trường đầu tiên sẽ đọc ${DATABASE_URL}. Mật khẩu nên để trong .pgpass "
        "hoặc chùm khóa, không để ở đây.",
    "&Folder:": "&Thư mục:",
    "Format:": "Định dạng:",
    "First environment &URL:": "&URL của môi trường đầu tiên:",
    "&Create": "&Tạo",
    "Writes strata.toml with a dev environment, an empty versions/ folder and a .gitignore, as 'strata init' does.":
        "Ghi strata.toml với một môi trường dev, một thư mục versions/ trống và một .gitignore, "
        "như 'strata init'.",
    "Writes only a strata.toml that follows the folder's alembic.ini (or pyproject.toml), as 'strata init --alembic' does; revisions and the version table stay Alembic's.":
        "Chỉ ghi một strata.toml theo alembic.ini (hoặc pyproject.toml) của thư mục, như 'strata "
        "init --alembic'; các phiên bản và bảng phiên bản vẫn là của Alembic.",
    "Choose the project's folder.": "Hãy chọn thư mục của dự án.",
    "Preferences": "Tùy chỉnh",
    " pt": " pt",
    " s": " s",
    "How long the studio waits for a server before it reports it unreachable (status reads and runs)":
        "Thời gian studio chờ một máy chủ trước khi báo là không kết nối được (khi đọc trạng thái "
        "và khi chạy)",
    "&Theme:": "&Chủ đề:",
    "&Language:": "&Ngôn ngữ:",
    "Editor &font:": "&Phông chữ trình soạn thảo:",
    "&Connect timeout:": "Thời gian chờ &kết nối:",
    "Every run shows its plan first; a protected environment also asks for its name.":
        "Mọi lần chạy đều hiện kế hoạch trước; một môi trường được bảo vệ còn yêu cầu nhập tên của nó.",
    # Inspector, id field
    "The id by the project's naming (%1)": "Id theo quy tắc đặt tên của dự án (%1)",
    " (reading when…)": " (đang đọc thời điểm…)",
    " (stamped) on %1": " (đánh dấu) lúc %1",
    # Run console and log
    "Clear": "Xóa",
    "C&lear": "&Xóa",
    "Remove the finished runs from the console": "Xóa các lần chạy đã xong khỏi bảng chạy",
    "sandbox": "sandbox",
    "%1: succeeded.": "%1: thành công.",
    "%1: failed.": "%1: thất bại.",
    "%1 %2 (%3/%4)": "%1 %2 (%3/%4)",
    "running…": "đang chạy…",
    "done": "xong",
    "revision: %1": "phiên bản: %1",
    "file: %1:%2": "tệp: %1:%2",
    "file: %1": "tệp: %1",
    "SQLSTATE: %1": "SQLSTATE: %1",
    "DETAIL: %1": "CHI TIẾT: %1",
    "HINT: %1": "GỢI Ý: %1",
    "statement (line %1):": "câu lệnh (dòng %1):",
    "statement:": "câu lệnh:",
    "Running… %1/%n revision(s)": "Đang chạy… %1/%n phiên bản",
    "Running…": "Đang chạy…",
    "Finished. %1/%n revision(s)": "Hoàn tất. %1/%n phiên bản",
    "Failed at %1": "Thất bại tại %1",
    "stopped": "đã dừng",
    "Time": "Thời gian",
    "Statement": "Câu lệnh",
    "Double-click to open %1 at line %2.": "Bấm đúp để mở %1 tại dòng %2.",
    "line %1: ": "dòng %1: ",
    # Qt's own texts (ui/common/Translations.cpp): dialog buttons, edit context menus
    "OK": "OK",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có cho &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông cho tất cả",
    "Abort": "Hủy bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Discard": "Bỏ đi",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "C&hép",
    "Copy &Link Location": "Chép địa chỉ &liên kết",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
    # Groups (fleets): the groups panel, the matrix's group columns, the fleet run
    "waiting (canary)": "đang chờ (thử trước)",
    "waiting": "đang chờ",
    "running (canary)": "đang chạy (thử trước)",
    "done: %1": "xong: %1",
    "already at the target": "đã ở đích",
    "failed: %1": "thất bại: %1",
    "unreachable: %1": "không kết nối được: %1",
    "not started": "chưa bắt đầu",
    "Database": "Cơ sở dữ liệu",
    "Step": "Bước",
    "Start no further database after one fails": "Không bắt đầu thêm cơ sở dữ liệu nào khi có một cái thất bại",
    "&Start": "&Bắt đầu",
    "&Cancel run": "&Hủy lượt chạy",
    "%1 on group %2": "%1 trên nhóm %2",
    "<b>%1</b> on the database of group <b>%2</b>.": "<b>%1</b> trên cơ sở dữ liệu của nhóm <b>%2</b>.",
    "<b>%1</b> on the %2 databases of group <b>%3</b>.": "<b>%1</b> trên %2 cơ sở dữ liệu của nhóm <b>%3</b>.",
    "At most this many databases at once: one connection each.": "Tối đa bấy nhiêu cơ sở dữ liệu cùng lúc: mỗi cái một kết nối.",
    "Run this many databases first; if one fails, the others do not start.": "Chạy trước bấy nhiêu cơ sở dữ liệu; nếu một cái thất bại, các cái khác không bắt đầu.",
    "&Databases at once:": "&Số cơ sở dữ liệu cùng lúc:",
    "C&anary databases first:": "Số cơ sở dữ liệu &thử trước:",
    "no database is changed": "không cơ sở dữ liệu nào bị thay đổi",
    "Running: %1 at a time …": "Đang chạy: %1 cái cùng lúc …",
    "Cancelling: the running databases roll their revision back …": "Đang hủy: các cơ sở dữ liệu đang chạy hoàn tác phiên bản của chúng …",
    ": reading …": ": đang đọc …",
    "dirty: %1 did not finish": "dở dang: %1 chưa hoàn tất",
    "unknown revision %1": "phiên bản không rõ %1",
    "%n applied revision(s) changed": "%n phiên bản đã áp dụng bị thay đổi",
    "at heads": "ở đỉnh",
    "behind": "chậm hơn",
    "as expected": "đúng như mong đợi",
    "… and %1 more": "… và %1 nữa",
    "the schema is what its revisions produce": "lược đồ đúng như các phiên bản tạo ra",
    "discovered on %1: %2": "tìm thấy trên %1: %2",
    "environments: %1": "môi trường: %1",
    "%1 (%n)": "%1 (%n)",
    " (refreshing)": " (đang làm mới)",
    "comparing …": "đang so sánh …",
    "Group / database": "Nhóm / cơ sở dữ liệu",
    "Drift (vs expected)": "Sai lệch (so với mong đợi)",
    "<b>Groups</b>": "<b>Nhóm</b>",
    "Refresh": "Làm mới",
    "Compare with expected": "So sánh với mong đợi",
    "Upgrade group to heads…": "Nâng cấp nhóm lên đỉnh…",
    "Compare every database of the group with the schema its own revisions should have produced.": "So sánh mọi cơ sở dữ liệu của nhóm với lược đồ mà các phiên bản của nó lẽ ra đã tạo ra.",
    "Upgrade every database of the group to the heads, a few at a time, with a table of their progress.": "Nâng cấp mọi cơ sở dữ liệu của nhóm lên đỉnh, vài cái một lúc, kèm bảng tiến độ.",
    "● %1": "● %1",
    "✓ %1": "✓ %1",
    "… %1": "… %1",
    "%1\n%2: %3 at it, %4 past it, %5 to run it": "%1\n%2: %3 đang ở đó, %4 đã qua, %5 sẽ chạy",
    # Code colours (KSyntaxHighlighting themes) and the statement panes
    "&Code Colours": "&Màu mã",
    "&Automatic (follows the palette)": "&Tự động (theo bảng màu)",
    "Automatic (follows the palette)": "Tự động (theo bảng màu)",
    "C&ode colours:": "Màu &mã:",
    "The colours of SQL and Python in the editor and every code view": "Màu của SQL và Python trong trình soạn thảo và mọi khung xem mã",
    "Upgrade (Python)": "Nâng cấp (Python)",
    "Downgrade (Python)": "Hạ cấp (Python)",
    "Select a statement to see it whole.": "Chọn một câu lệnh để xem đầy đủ.",
    "Select a failed row to see its failing statement.": "Chọn một dòng thất bại để xem câu lệnh bị lỗi.",
    "Escape string": "Chuỗi có thoát",
}

# Labels that must stay on one line: a Vietnamese word is several syllables ("Máy chủ"), and a
# label such as a card's key or a column header must not break between them. Their spaces are
# written as no-break spaces (U+00A0).
NO_BREAK = {
    # Environment cards: the keys and the short values beside them
    "Server", "Heads", "Pending", "Dirty", "Changed", "Drift", "Last run", "State", "Error",
    "up to date", "%n pending", "reading…", "refreshing…", "protected",
    # Column headers (graph, history, plan, problems)
    "Graph", "Revision", "Environment", "Message", "Branch labels", "Date", "Direction",
    "Status", "Started", "Duration", "OS user", "DB user", "Action", "Mode", "Pre-flight",
    "Problem", "Section", "Line", "Location",
    # The inspector's keys
    "Created", "Parents", "Children", "Depends on", "Transactional", "Reversible", "File",
    "Upgrade checksum", "Downgrade checksum",
    # The environment card's target tag and drift badge
    "target", "%n difference(s)", "not compared", "unknown",
    # Column headers (run console, shortcuts) and the resolve dialog's keys
    "Time", "Statement", "Shortcut", "Menu", "Revision:", "Started:", "Error:",
    "Failed statement:",
}
NBSP = "\u00a0"


# English plural forms of the %n strings. A source written "... %n thing(s) ..." gets
# ("... %n thing ...", "... %n things ...") without being listed; list here only the sources
# that need other forms.
EN_PLURALS = {
    "Fold more than %n plain revisions in a row into one row (double-click it to expand)": (
        "Fold more than %n plain revision in a row into one row (double-click it to expand)",
        "Fold more than %n plain revisions in a row into one row (double-click it to expand)",
    ),
    # The count is that of the environments, which %1 lists.
    "Applied to %1: editing changes its checksum; <code>strata check</code> will report it, and those environments keep what already ran. To change them, write a new revision after %2.": (
        "Applied to %1: editing changes its checksum; <code>strata check</code> will report it, "
        "and that environment keeps what already ran. To change it, write a new revision after %2.",
        "Applied to %1: editing changes its checksum; <code>strata check</code> will report it, "
        "and those environments keep what already ran. To change them, write a new revision "
        "after %2.",
    ),
}


def english_forms(source):
    if source in EN_PLURALS:
        return EN_PLURALS[source]
    return (source.replace("(s)", ""), source.replace("(s)", "s"))


def fill(path, translate):
    """Fills every message of the .ts at `path` that `translate(source, numerus)` knows (a
    string, or a tuple of plural forms); returns the sources left unfinished."""
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        text = translate(source, numerus)
        if text is None:
            if tr.get("type") == "unfinished":
                missing.append(source)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if numerus:
            for form in (text if isinstance(text, tuple) else (text,)):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def vietnamese(source, numerus):
    # Vietnamese has one plural form.
    text = VI.get(source)
    if text is not None and source in NO_BREAK:
        text = text.replace(" ", NBSP)
    return text


def english(source, numerus):
    # English is the source language: only the plural forms are translated.
    return english_forms(source) if numerus else None


if __name__ == "__main__":
    missing = fill(os.path.join(HERE, "strata_vi.ts"), vietnamese)
    fill(os.path.join(HERE, "strata_en.ts"), english)
    print("vi: %d translations in the table, %d unfinished" % (len(VI), len(missing)))
    for source in missing:
        print("  unfinished: %r" % source)
    # Sources no longer in the catalog (after lupdate -no-obsolete): remove them from VI.
    sources = {m.find("source").text or "" for m in
               ET.parse(os.path.join(HERE, "strata_vi.ts")).getroot().iter("message")}
    for source in VI:
        if source not in sources:
            print("  stale (no longer in the catalog): %r" % source)
    sys.exit(0)
