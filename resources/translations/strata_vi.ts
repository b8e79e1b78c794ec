<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Đóng thẻ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;hép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;hép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Strata Studio: PostgreSQL migrations</source>
        <translation>Strata Studio: di trú PostgreSQL</translation>
    </message>
    <message>
        <source>Project folder (with strata.toml)</source>
        <translation>Thư mục dự án (có strata.toml)</translation>
    </message>
    <message>
        <source>Use a dark palette (the system's palette is followed otherwise).</source>
        <translation>Dùng bảng màu tối (nếu không thì theo bảng màu của hệ thống).</translation>
    </message>
    <message>
        <source>Runs only walk their plan in the console; no database changes.</source>
        <translation>Các lần chạy chỉ duyệt kế hoạch trong bảng chạy; cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>Language: en, vi or system.</source>
        <translation>Ngôn ngữ: en, vi hoặc system.</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionsLabel</name>
    <message>
        <source>No project: File ▸ Open, or drop a folder with strata.toml here</source>
        <translation>Chưa có dự án: Tệp ▸ Mở, hoặc thả một thư mục có strata.toml vào đây</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation><numerusform>%1 — %n phiên bản</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation><numerusform>, %n sự cố</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;running…&lt;/b&gt;</source>
        <translation>&lt;b&gt;đang chạy…&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>strata::DiagnosticsAnalyzer</name>
    <message>
        <source>upgrade</source>
        <translation>nâng cấp</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>hạ cấp</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>'Transactional: no' but no statement needs it: if a statement fails, the ones before it stay applied; consider 'Transactional: yes'</source>
        <translation>'Transactional: no' nhưng không câu lệnh nào cần điều đó: nếu một câu lệnh lỗi, các câu lệnh trước nó vẫn giữ nguyên; hãy cân nhắc 'Transactional: yes'</translation>
    </message>
</context>
<context>
    <name>strata::DriftBadges</name>
    <message>
        <source>drift: ?</source>
        <translation>sai lệch: ?</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>khớp</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 khác biệt</translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation>%1 khác biệt</translation>
    </message>
</context>
<context>
    <name>strata::DriftComparison</name>
    <message>
        <source>Start the sandbox (strata sandbox start) or set shadow_url to compare with the expected schema.</source>
        <translation>Hãy khởi động sandbox (strata sandbox start) hoặc đặt shadow_url để so với lược đồ mong đợi.</translation>
    </message>
</context>
<context>
    <name>strata::DriftCoordinator</name>
    <message>
        <source>actual schema vs the expected schema</source>
        <translation>lược đồ thực tế so với lược đồ mong đợi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Start the sandbox (strata sandbox start) or set shadow_url to compare with the expected schema.</source>
        <translation>Hãy khởi động sandbox (strata sandbox start) hoặc đặt shadow_url để so với lược đồ mong đợi.</translation>
    </message>
</context>
<context>
    <name>strata::DriftView</name>
    <message>
        <source>only in B</source>
        <translation>chỉ có ở B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>chỉ có ở A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã đổi</translation>
    </message>
    <message>
        <source>column order</source>
        <translation>thứ tự cột</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Compare the two schemas</source>
        <translation>So sánh hai lược đồ</translation>
    </message>
    <message>
        <source>Choose two environments, or an environment and its expected schema.</source>
        <translation>Chọn hai môi trường, hoặc một môi trường và lược đồ mong đợi của nó.</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>against B:</source>
        <translation>so với B:</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <source>Reading %1 and building its expected schema…</source>
        <translation>Đang đọc %1 và dựng lược đồ mong đợi…</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>Đang đọc %1 và %2…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Không so sánh được: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are in sync (%3 objects).</source>
        <translation>%1 và %2 khớp nhau (%3 đối tượng).</translation>
    </message>
    <message>
        <source>%1 vs %2: 1 difference.</source>
        <translation>%1 so với %2: 1 khác biệt.</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 differences.</source>
        <translation>%1 so với %2: %3 khác biệt.</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>%1 only in B</source>
        <translation>%1 chỉ có ở B</translation>
    </message>
    <message>
        <source>%1 only in A</source>
        <translation>%1 chỉ có ở A</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 đã đổi</translation>
    </message>
    <message>
        <source>%1 column order</source>
        <translation>%1 thứ tự cột</translation>
    </message>
    <message>
        <source>(not in A)</source>
        <translation>(không có ở A)</translation>
    </message>
    <message>
        <source>(not in B)</source>
        <translation>(không có ở B)</translation>
    </message>
    <message>
        <source>New revision from these differences</source>
        <translation>Phiên bản mới từ các khác biệt này</translation>
    </message>
    <message>
        <source>Write a new revision on the heads whose upgrade brings B to A (what was changed by hand in A) and whose downgrade brings it back; destructive statements come out commented</source>
        <translation>Viết một phiên bản mới trên các heads, có phần nâng cấp đưa B về giống A (những gì đã được sửa tay ở A) và phần hạ cấp đưa nó trở lại; các câu lệnh phá hủy dữ liệu được để dưới dạng chú thích</translation>
    </message>
    <message>
        <source>Message of the new revision:</source>
        <translation>Thông điệp của phiên bản mới:</translation>
    </message>
    <message>
        <source>capture drift of %1</source>
        <translation>ghi lại sai lệch của %1</translation>
    </message>
    <message>
        <source>Writing a revision from the differences of %1…</source>
        <translation>Đang viết phiên bản từ các khác biệt của %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã viết %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Đã viết %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write the revision: %1</source>
        <translation>Không viết được phiên bản: %1</translation>
    </message>
    <message>
        <source>expected schema</source>
        <translation>lược đồ mong đợi</translation>
    </message>
</context>
<context>
    <name>strata::DryRunSource</name>
    <message>
        <source>dry run of %1 (nothing is executed)</source>
        <translation>chạy mô phỏng %1 (không thực thi gì)</translation>
    </message>
</context>
<context>
    <name>strata::EditorTabs</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Try it: %1</source>
        <translation>Chạy thử: %1</translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentCard</name>
    <message>
        <source>protected</source>
        <translation>được bảo vệ</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>đang làm mới…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>đang đọc…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Nhập mật khẩu…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>&lt;i&gt;none (empty)&lt;/i&gt;</source>
        <translation>&lt;i&gt;không có (trống)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ áp dụng</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>đã cập nhật</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n chờ áp dụng</numerusform></translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation>Dở dang</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã đổi</translation>
    </message>
    <message>
        <source>files changed since applied: %1</source>
        <translation>tệp đã đổi sau khi áp dụng: %1</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Sai lệch</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Lần chạy cuối</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>không rõ: %1</translation>
    </message>
</context>
<context>
    <name>strata::FileBanner</name>
    <message>
        <source>Open in External Editor</source>
        <translation>Mở bằng trình soạn thảo ngoài</translation>
    </message>
    <message>
        <source>Open the file in the desktop's editor for it</source>
        <translation>Mở tệp bằng trình soạn thảo mặc định của máy</translation>
    </message>
</context>
<context>
    <name>strata::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Khớp chữ hoa/thường</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Đóng (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation><numerusform>Đã thay %n</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GraphModel</name>
    <message>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>merge of %1</source>
        <translation>gộp của %1</translation>
    </message>
    <message>
        <source>branch point</source>
        <translation>điểm rẽ nhánh</translation>
    </message>
    <message>
        <source>an environment is dirty here</source>
        <translation>có một môi trường dở dang tại đây</translation>
    </message>
    <message>
        <source>file changed since it was applied</source>
        <translation>tệp đã đổi sau khi áp dụng</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 đang ở đây</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Nhãn nhánh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (Problems panel): %1</source>
        <translation><numerusform>%n sự cố (bảng Sự cố): %1</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GraphView</name>
    <message>
        <source>Search revisions: id, message or branch label (Ctrl+F, Enter for next)</source>
        <translation>Tìm phiên bản: id, thông điệp hoặc nhãn nhánh (Ctrl+F, Enter để tìm tiếp)</translation>
    </message>
</context>
<context>
    <name>strata::HeaderForm</name>
    <message>
        <source>Transactional</source>
        <translation>Trong giao dịch</translation>
    </message>
    <message>
        <source>none: a base; several, comma separated: a merge</source>
        <translation>để trống: một base; nhiều, cách nhau bằng dấu phẩy: một phiên bản gộp</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>revision ids or branch labels, comma separated</source>
        <translation>id phiên bản hoặc nhãn nhánh, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Run the revision in one transaction. Unchecked: statement by statement, for CREATE INDEX CONCURRENTLY, VACUUM and the like.</source>
        <translation>Chạy phiên bản trong một giao dịch. Bỏ chọn: chạy từng câu lệnh một, cho CREATE INDEX CONCURRENTLY, VACUUM và các lệnh tương tự.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Thông điệp</translation>
    </message>
    <message>
        <source>&amp;Revises</source>
        <translation>&amp;Kế thừa</translation>
    </message>
    <message>
        <source>&amp;Branch labels</source>
        <translation>&amp;Nhãn nhánh</translation>
    </message>
    <message>
        <source>&amp;Depends on</source>
        <translation>&amp;Phụ thuộc vào</translation>
    </message>
</context>
<context>
    <name>strata::HistoryFormat</name>
    <message>
        <source>%1 %2 %3, %4 by %5</source>
        <translation>%2 %3 %1, %4 bởi %5</translation>
    </message>
    <message>
        <source>%1 %2 %3 at %4 (resolve it first)</source>
        <translation>%1 %2 %3 lúc %4 (hãy xử lý trước)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (resolved: %1)</source>
        <translation> (đã xử lý: %1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>nâng cấp</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>hạ cấp</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>đánh dấu</translation>
    </message>
</context>
<context>
    <name>strata::HistoryModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Người dùng HĐH</translation>
    </message>
    <message>
        <source>DB user</source>
        <translation>Người dùng CSDL</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>strata::HistoryView</name>
    <message>
        <source>Select an environment to see its history.</source>
        <translation>Chọn một môi trường để xem lịch sử của nó.</translation>
    </message>
    <message>
        <source>Filter history (revision, status, user…)</source>
        <translation>Lọc lịch sử (phiên bản, trạng thái, người dùng…)</translation>
    </message>
    <message>
        <source>History of %1: reading…</source>
        <translation>Lịch sử của %1: đang đọc…</translation>
    </message>
    <message>
        <source>History of %1: unreachable (%2)</source>
        <translation>Lịch sử của %1: không kết nối được (%2)</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n row(s)</source>
        <translation><numerusform>Lịch sử của %1: %n dòng</numerusform></translation>
    </message>
    <message>
        <source>History of %1: cannot be read (%2)</source>
        <translation>Lịch sử của %1: không đọc được (%2)</translation>
    </message>
</context>
<context>
    <name>strata::LintQuickFix</name>
    <message>
        <source>Fix: build the index CONCURRENTLY (the revision becomes 'Transactional: no')</source>
        <translation>Sửa: tạo chỉ mục CONCURRENTLY (phiên bản trở thành 'Transactional: no')</translation>
    </message>
    <message>
        <source>Fix: drop the index CONCURRENTLY (the revision becomes 'Transactional: no')</source>
        <translation>Sửa: xóa chỉ mục CONCURRENTLY (phiên bản trở thành 'Transactional: no')</translation>
    </message>
    <message>
        <source>Fix: add IF NOT EXISTS</source>
        <translation>Sửa: thêm IF NOT EXISTS</translation>
    </message>
    <message>
        <source>Fix: add IF EXISTS</source>
        <translation>Sửa: thêm IF EXISTS</translation>
    </message>
    <message>
        <source>Fix: add the constraint NOT VALID, then VALIDATE CONSTRAINT %1 (the revision becomes 'Transactional: no')</source>
        <translation>Sửa: thêm ràng buộc NOT VALID, rồi VALIDATE CONSTRAINT %1 (phiên bản trở thành 'Transactional: no')</translation>
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <source>Strata Studio</source>
        <translation>Strata Studio</translation>
    </message>
    <message>
        <source>Revision graph</source>
        <translation>Đồ thị phiên bản</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Ma trận</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Sai lệch</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Sự cố (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Run console</source>
        <translation>Bảng chạy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>Open Project (a folder with strata.toml)</source>
        <translation>Mở dự án (thư mục có strata.toml)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Tải &amp;lại dự án</translation>
    </message>
    <message>
        <source>&amp;Save Run Log…</source>
        <translation>&amp;Lưu nhật ký chạy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find Revision</source>
        <translation>&amp;Tìm phiên bản</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Tìm &amp;tiếp</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>&amp;Môi trường</translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation>&amp;Phiên bản</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Revision &amp;Graph</source>
        <translation>&amp;Đồ thị phiên bản</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Ma trận</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Sai lệch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Strata Studio</source>
        <translation>&amp;Giới thiệu Strata Studio</translation>
    </message>
    <message>
        <source>About Strata Studio</source>
        <translation>Giới thiệu Strata Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Strata Studio %1&lt;/h3&gt;&lt;p&gt;PostgreSQL migrations, Alembic-compatible.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata Studio %1&lt;/h3&gt;&lt;p&gt;Di trú PostgreSQL, tương thích Alembic.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source> Environment: </source>
        <translation> Môi trường: </translation>
    </message>
    <message>
        <source>The environment the actions apply to (Ctrl+1…9)</source>
        <translation>Môi trường mà các thao tác áp dụng (Ctrl+1…9)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 — Strata Studio</source>
        <translation>%1 — Strata Studio</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Đang có một lần chạy</translation>
    </message>
    <message>
        <source>Cancel the run and quit? The current revision rolls back.</source>
        <translation>Hủy lần chạy và thoát? Phiên bản đang chạy sẽ được hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Edit Revision</source>
        <translation>&amp;Sửa phiên bản</translation>
    </message>
    <message>
        <source>&amp;New Revision…</source>
        <translation>Phiên bản &amp;mới…</translation>
    </message>
    <message>
        <source>New Revision &amp;After This…</source>
        <translation>Phiên bản mới &amp;sau phiên bản này…</translation>
    </message>
    <message>
        <source>&amp;Merge Heads…</source>
        <translation>&amp;Gộp các heads…</translation>
    </message>
    <message>
        <source>Save &amp;Revision</source>
        <translation>Lưu &amp;phiên bản</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>The language changes when Strata Studio starts again.</source>
        <translation>Ngôn ngữ sẽ thay đổi khi khởi động lại Strata Studio.</translation>
    </message>
</context>
<context>
    <name>strata::MatrixModel</name>
    <message>
        <source>● current head</source>
        <translation>● head hiện tại</translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation>✓ đã áp dụng</translation>
    </message>
    <message>
        <source>… pending</source>
        <translation>… chờ áp dụng</translation>
    </message>
    <message>
        <source>— not on this branch</source>
        <translation>— không thuộc nhánh này</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
</context>
<context>
    <name>strata::MergeDialog</name>
    <message>
        <source>Merge heads</source>
        <translation>Gộp các heads</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>merge heads</source>
        <translation>gộp các heads</translation>
    </message>
    <message>
        <source>Heads to merge:</source>
        <translation>Các heads cần gộp:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Thông điệp:</translation>
    </message>
    <message>
        <source>There is only one head: nothing to merge.</source>
        <translation>Chỉ có một head: không có gì để gộp.</translation>
    </message>
    <message>
        <source>Check at least two heads.</source>
        <translation>Hãy chọn ít nhất hai heads.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Chưa ghi gì: %1</translation>
    </message>
    <message>
        <source>Writing the merge revision…</source>
        <translation>Đang viết phiên bản gộp…</translation>
    </message>
</context>
<context>
    <name>strata::NewRevisionDialog</name>
    <message>
        <source>Run in one transaction</source>
        <translation>Chạy trong một giao dịch</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Id mới</translation>
    </message>
    <message>
        <source>Generate another random id</source>
        <translation>Tạo một id ngẫu nhiên khác</translation>
    </message>
    <message>
        <source>none: the first revision (a base)</source>
        <translation>để trống: phiên bản đầu tiên (một base)</translation>
    </message>
    <message>
        <source>revision ids, comma separated (empty: a new base)</source>
        <translation>id phiên bản, cách nhau bằng dấu phẩy (để trống: một base mới)</translation>
    </message>
    <message>
        <source>optional, e.g. feature_x</source>
        <translation>không bắt buộc, ví dụ feature_x</translation>
    </message>
    <message>
        <source>optional: revision ids or branch labels, comma separated</source>
        <translation>không bắt buộc: id phiên bản hoặc nhãn nhánh, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Uncheck for CREATE INDEX CONCURRENTLY, VACUUM and the like (the revision then runs statement by statement).</source>
        <translation>Bỏ chọn cho CREATE INDEX CONCURRENTLY, VACUUM và các lệnh tương tự (khi đó phiên bản chạy từng câu lệnh một).</translation>
    </message>
    <message>
        <source>what this revision does</source>
        <translation>phiên bản này làm gì</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Thông điệp:</translation>
    </message>
    <message>
        <source>Revision &amp;id:</source>
        <translation>&amp;Id phiên bản:</translation>
    </message>
    <message>
        <source>&amp;Revises:</source>
        <translation>&amp;Kế thừa:</translation>
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation>&amp;Nhãn nhánh:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Phụ thuộc vào:</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Đã ghi vào %1</translation>
    </message>
    <message>
        <source>The revision id is empty.</source>
        <translation>Id phiên bản đang trống.</translation>
    </message>
    <message>
        <source>Revision id: %1</source>
        <translation>Id phiên bản: %1</translation>
    </message>
    <message>
        <source>A revision with the id %1 already exists.</source>
        <translation>Đã có một phiên bản với id %1.</translation>
    </message>
    <message>
        <source>The file %1.sql already exists in the versions folder.</source>
        <translation>Tệp %1.sql đã có trong thư mục versions.</translation>
    </message>
    <message>
        <source>A revision cannot revise itself.</source>
        <translation>Một phiên bản không thể kế thừa chính nó.</translation>
    </message>
    <message>
        <source>The parent %1 does not exist.</source>
        <translation>Phiên bản cha %1 không tồn tại.</translation>
    </message>
    <message>
        <source>A parent is named twice.</source>
        <translation>Một phiên bản cha được nêu hai lần.</translation>
    </message>
    <message>
        <source>Branch label %1: %2</source>
        <translation>Nhãn nhánh %1: %2</translation>
    </message>
    <message>
        <source>The branch label %1 is already used by revision %2.</source>
        <translation>Nhãn nhánh %1 đã được phiên bản %2 dùng.</translation>
    </message>
    <message>
        <source>The branch label %1 is a revision id.</source>
        <translation>Nhãn nhánh %1 trùng với một id phiên bản.</translation>
    </message>
    <message>
        <source>Depends on %1: no such revision or branch label.</source>
        <translation>Phụ thuộc vào %1: không có phiên bản hay nhãn nhánh nào như vậy.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Chưa ghi gì: %1</translation>
    </message>
    <message>
        <source>Written as a .py revision by the project's Alembic (%1), so that `alembic upgrade` runs it too</source>
        <translation>Được ghi thành phiên bản .py bằng Alembic của dự án (%1), để `alembic upgrade` cũng chạy được nó</translation>
    </message>
    <message>
        <source>Writing the revision with the project's Alembic…</source>
        <translation>Đang viết phiên bản bằng Alembic của dự án…</translation>
    </message>
    <message>
        <source>Writing the revision…</source>
        <translation>Đang viết phiên bản…</translation>
    </message>
</context>
<context>
    <name>strata::PasswordDialog</name>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Ghi nhớ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mật khẩu cho %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a password.&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; cần mật khẩu.&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This build has no keyring support; use ~/.pgpass to keep it.</source>
        <translation>Bản dựng này không hỗ trợ kho khóa; hãy dùng ~/.pgpass để lưu mật khẩu.</translation>
    </message>
</context>
<context>
    <name>strata::PlanDialog</name>
    <message>
        <source>Plan: %1</source>
        <translation>Kế hoạch: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;span style="color:%2"&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; %4&lt;br&gt;Version table: &lt;code&gt;%5&lt;/code&gt; → &lt;code&gt;%6&lt;/code&gt;, %n step(s)</source>
        <translation><numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;span style="color:%2"&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; %4&lt;br&gt;Bảng phiên bản: &lt;code&gt;%5&lt;/code&gt; → &lt;code&gt;%6&lt;/code&gt;, %n bước</numerusform></translation>
    </message>
    <message>
        <source>Dry run: the steps are shown in the console, nothing is executed.</source>
        <translation>Chạy mô phỏng: các bước được hiển thị trong bảng chạy, không thực thi gì.</translation>
    </message>
    <message>
        <source>Nothing to do: the environment is already there.</source>
        <translation>Không có gì để làm: môi trường đã ở đó rồi.</translation>
    </message>
    <message>
        <source>%1 is not transactional: its statements run one by one in autocommit; a failure leaves the environment dirty.</source>
        <translation>%1 không chạy trong giao dịch: các câu lệnh chạy lần lượt ở chế độ autocommit; nếu lỗi, môi trường sẽ bị dở dang.</translation>
    </message>
    <message>
        <source>%1 changed since it was applied here (checksum differs).</source>
        <translation>%1 đã thay đổi sau khi được áp dụng ở đây (tổng kiểm tra khác).</translation>
    </message>
    <message>
        <source>Stamp: only the version table changes, no SQL of the revisions runs.</source>
        <translation>Đánh dấu: chỉ bảng phiên bản thay đổi, không chạy SQL nào của các phiên bản.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>đánh dấu</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>nâng cấp</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>hạ cấp</translation>
    </message>
    <message>
        <source>rows only</source>
        <translation>chỉ các dòng</translation>
    </message>
    <message>
        <source>autocommit</source>
        <translation>autocommit</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>giao dịch</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Chạy</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Chạy &amp;mô phỏng</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is protected.&lt;/b&gt; Type its name to confirm:</source>
        <translation>&lt;b&gt;%1 được bảo vệ.&lt;/b&gt; Gõ tên của nó để xác nhận:</translation>
    </message>
    <message>
        <source>-- stamp: no SQL runs</source>
        <translation>-- đánh dấu: không chạy SQL nào</translation>
    </message>
    <message>
        <source>-- %1 has no downgrade section: irreversible</source>
        <translation>-- %1 không có phần hạ cấp: không thể hoàn tác</translation>
    </message>
    <message>
        <source>Version table: %1
Heads after this step: %2</source>
        <translation>Bảng phiên bản: %1
Heads sau bước này: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The name typed does not match '%1': nothing runs.</source>
        <translation>Tên đã gõ không khớp với '%1': không chạy gì.</translation>
    </message>
    <message>
        <source>%1 is irreversible (no downgrade section): the run is refused.</source>
        <translation>%1 không thể hoàn tác (không có phần hạ cấp): lần chạy bị từ chối.</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Kiểm tra trước</translation>
    </message>
    <message>
        <source>&amp;Export as SQL…</source>
        <translation>&amp;Xuất ra SQL…</translation>
    </message>
    <message>
        <source>Save the plan's SQL as `strata upgrade --sql` writes it</source>
        <translation>Lưu SQL của kế hoạch giống như `strata upgrade --sql` ghi ra</translation>
    </message>
    <message>
        <source>&amp;Copy step SQL</source>
        <translation>&amp;Chép SQL của bước</translation>
    </message>
    <message>
        <source>Copy the selected step's SQL to the clipboard</source>
        <translation>Chép SQL của bước đang chọn vào bảng tạm</translation>
    </message>
    <message numerus="yes">
        <source>I have read the %n error finding(s)</source>
        <translation><numerusform>Tôi đã đọc %n phát hiện lỗi</numerusform></translation>
    </message>
    <message>
        <source>Export the plan as SQL</source>
        <translation>Xuất kế hoạch ra SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Tệp SQL (*.sql)</translation>
    </message>
    <message>
        <source>Rendering the plan's SQL…</source>
        <translation>Đang dựng SQL của kế hoạch…</translation>
    </message>
    <message>
        <source>Saved the plan's SQL to %1</source>
        <translation>Đã lưu SQL của kế hoạch vào %1</translation>
    </message>
    <message>
        <source>Copied the SQL of step %1 (%2) to the clipboard.</source>
        <translation>Đã chép SQL của bước %1 (%2) vào bảng tạm.</translation>
    </message>
    <message>
        <source>rendering cancelled</source>
        <translation>đã hủy việc dựng</translation>
    </message>
    <message>
        <source>-- %1: rendering its SQL with Alembic's offline mode…</source>
        <translation>-- %1: đang dựng SQL bằng chế độ ngoại tuyến của Alembic…</translation>
    </message>
    <message>
        <source>SQL unknown: %1</source>
        <translation>Không rõ SQL: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Không có gì để làm.</translation>
    </message>
    <message>
        <source>Run is refused: %1</source>
        <translation>Lần chạy bị từ chối: %1</translation>
    </message>
    <message>
        <source>Type '%1' to confirm: nothing runs.</source>
        <translation>Gõ '%1' để xác nhận: chưa chạy gì.</translation>
    </message>
    <message>
        <source>Tick "%1" first: nothing runs.</source>
        <translation>Hãy đánh dấu "%1" trước: chưa chạy gì.</translation>
    </message>
</context>
<context>
    <name>strata::PreFlightSummary</name>
    <message>
        <source>drift: not compared</source>
        <translation>sai lệch: chưa so sánh</translation>
    </message>
    <message>
        <source>drift: unknown (the last comparison at %1 failed: %2)</source>
        <translation>sai lệch: không rõ (lần so sánh cuối lúc %1 thất bại: %2)</translation>
    </message>
    <message>
        <source>drift: none, in sync with the expected schema (from the last comparison at %1)</source>
        <translation>sai lệch: không có, khớp với lược đồ mong đợi (theo lần so sánh cuối lúc %1)</translation>
    </message>
    <message numerus="yes">
        <source>drift: %n difference(s) (from the last comparison at %1)</source>
        <translation><numerusform>sai lệch: %n khác biệt (theo lần so sánh cuối lúc %1)</numerusform></translation>
    </message>
    <message>
        <source>Lint: %1, %2, %3</source>
        <translation>Lint: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n lỗi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n cảnh báo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n ghi chú</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style="color:#c62828"&gt;%n destructive statement(s)&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style="color:#c62828"&gt;%n câu lệnh phá hủy dữ liệu&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <source> (reading row estimates from %1…)</source>
        <translation> (đang đọc ước tính số dòng từ %1…)</translation>
    </message>
    <message>
        <source> (estimates not read: %1 cannot be reached)</source>
        <translation> (chưa đọc ước tính: không kết nối được %1)</translation>
    </message>
    <message>
        <source>Timeouts: %1</source>
        <translation>Thời gian chờ: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sao lưu: %1</translation>
    </message>
    <message>
        <source>Run is refused: %1</source>
        <translation>Lần chạy bị từ chối: %1</translation>
    </message>
</context>
<context>
    <name>strata::PreFlightView</name>
    <message>
        <source>broken</source>
        <translation>hỏng</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n lỗi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n cảnh báo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n ghi chú</numerusform></translation>
    </message>
    <message>
        <source>drops data</source>
        <translation>xóa dữ liệu</translation>
    </message>
    <message>
        <source>Step %1: %2 %3</source>
        <translation>Bước %1: %2 %3</translation>
    </message>
    <message>
        <source>(one transaction)</source>
        <translation>(một giao dịch)</translation>
    </message>
    <message>
        <source>(autocommit, statement by statement)</source>
        <translation>(autocommit, từng câu lệnh một)</translation>
    </message>
    <message>
        <source>Problems (strata check): the run is refused</source>
        <translation>Sự cố (strata check): lần chạy bị từ chối</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(dòng %1)</translation>
    </message>
    <message>
        <source>Destructive statements (estimates from %1)</source>
        <translation>Câu lệnh phá hủy dữ liệu (ước tính từ %1)</translation>
    </message>
    <message>
        <source>line %1:%2</source>
        <translation>dòng %1:%2</translation>
    </message>
    <message>
        <source>help: %1</source>
        <translation>trợ giúp: %1</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Phát hiện của lint</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 (line %2): no lock on an existing table</source>
        <translation>%1 (dòng %2): không khóa bảng nào đã có</translation>
    </message>
    <message>
        <source>Locks (held until the revision commits)</source>
        <translation>Khóa (giữ đến khi phiên bản commit)</translation>
    </message>
    <message>
        <source>Locks (each held while its statement runs)</source>
        <translation>Khóa (mỗi khóa giữ trong lúc câu lệnh của nó chạy)</translation>
    </message>
    <message>
        <source>no statements</source>
        <translation>không có câu lệnh</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
</context>
<context>
    <name>strata::ProblemsList</name>
    <message>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>%1:%2 (file line %3)</source>
        <translation>%1:%2 (dòng %3 của tệp)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Right-click: %1</source>
        <translation>Nhấp chuột phải: %1</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <source>file line %1</source>
        <translation>dòng %1 của tệp</translation>
    </message>
</context>
<context>
    <name>strata::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi mức</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Lỗi và cảnh báo</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
</context>
<context>
    <name>strata::PythonView</name>
    <message>
        <source>&lt;b&gt;Python revision&lt;/b&gt; — runs through the project's Alembic; edit it in your editor. Strata shows %1 read-only and reloads it when it changes on disk.</source>
        <translation>&lt;b&gt;Phiên bản Python&lt;/b&gt; — chạy qua Alembic của dự án; hãy sửa nó trong trình soạn thảo của bạn. Strata hiển thị %1 ở chế độ chỉ đọc và tải lại khi tệp thay đổi trên đĩa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Python revision&lt;/b&gt; — %1 was removed from disk.</source>
        <translation>&lt;b&gt;Phiên bản Python&lt;/b&gt; — %1 đã bị xóa khỏi đĩa.</translation>
    </message>
</context>
<context>
    <name>strata::RevisionEditor</name>
    <message>
        <source>Upgrade</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Hạ cấp</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Chạy thử</translation>
    </message>
    <message>
        <source>On a scratch database of the sandbox brought to the parents: upgrade, downgrade, upgrade again</source>
        <translation>Trên một cơ sở dữ liệu nháp của sandbox đã đưa đến các phiên bản cha: nâng cấp, hạ cấp, rồi nâng cấp lại</translation>
    </message>
    <message>
        <source>Downgrade (no section: the revision is irreversible; type here to add one)</source>
        <translation>Hạ cấp (chưa có phần này: phiên bản không thể hoàn tác; gõ vào đây để thêm)</translation>
    </message>
    <message>
        <source>The revision was not saved: the header would not be valid (%1). Your edits are kept.</source>
        <translation>Phiên bản chưa được lưu: phần đầu sẽ không hợp lệ (%1). Các chỉnh sửa của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>%1 is read-only: the revision was not saved. Your edits are kept; make the file writable and save again.</source>
        <translation>%1 chỉ đọc: phiên bản chưa được lưu. Các chỉnh sửa của bạn vẫn được giữ; hãy cho phép ghi tệp rồi lưu lại.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your edits are kept.</source>
        <translation>Không lưu được %1: %2. Các chỉnh sửa của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>The file was removed</source>
        <translation>Tệp đã bị xóa</translation>
    </message>
    <message>
        <source>The file was removed from disk: %1. Save to write it again.</source>
        <translation>Tệp đã bị xóa khỏi đĩa: %1. Lưu để ghi lại tệp.</translation>
    </message>
    <message>
        <source>%1 changed on disk while you were editing it. Reload it and lose your edits? (No keeps your edits; saving will write them over the new file.)</source>
        <translation>%1 đã thay đổi trên đĩa trong lúc bạn sửa. Tải lại và bỏ các chỉnh sửa? (Không: giữ các chỉnh sửa; khi lưu, chúng sẽ ghi đè lên tệp mới.)</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) for completion</source>
        <translation><numerusform>%n bảng để tự hoàn thành</numerusform></translation>
    </message>
    <message>
        <source>%1 is a Python revision (not only op.execute calls): it runs through the project's Alembic and opens read-only</source>
        <translation>%1 là phiên bản Python (không chỉ gồm các lời gọi op.execute): nó chạy qua Alembic của dự án và được mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>&lt;b&gt;SQL revision in Python form&lt;/b&gt; — %1 is only op.execute(…) calls: Strata edits their SQL here and saving rewrites only those string literals. The header is Alembic's Python: edit it in your editor.</source>
        <translation>&lt;b&gt;Phiên bản SQL dạng Python&lt;/b&gt; — %1 chỉ gồm các lời gọi op.execute(…): Strata sửa SQL của chúng ở đây và khi lưu chỉ viết lại các chuỗi đó. Phần đầu là Python của Alembic: hãy sửa nó trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>The header of a .py revision is Python (its docstring and revision/down_revision assignments): edit it in your editor</source>
        <translation>Phần đầu của phiên bản .py là Python (docstring và các phép gán revision/down_revision): hãy sửa nó trong trình soạn thảo của bạn</translation>
    </message>
    <message>
        <source>Upgrade — upgrade()</source>
        <translation>Nâng cấp — upgrade()</translation>
    </message>
    <message>
        <source>Upgrade — upgrade() has no op.execute call (read-only: add one in your editor)</source>
        <translation>Nâng cấp — upgrade() không có lời gọi op.execute (chỉ đọc: hãy thêm trong trình soạn thảo của bạn)</translation>
    </message>
    <message>
        <source>Downgrade — no downgrade() in the file: the revision is irreversible (read-only: add one in your editor)</source>
        <translation>Hạ cấp — tệp không có downgrade(): phiên bản không thể hoàn tác (chỉ đọc: hãy thêm trong trình soạn thảo của bạn)</translation>
    </message>
    <message>
        <source>Downgrade — downgrade()</source>
        <translation>Hạ cấp — downgrade()</translation>
    </message>
    <message>
        <source>Downgrade — downgrade() has no op.execute call (read-only: add one in your editor)</source>
        <translation>Hạ cấp — downgrade() không có lời gọi op.execute (chỉ đọc: hãy thêm trong trình soạn thảo của bạn)</translation>
    </message>
    <message>
        <source>The revision was not saved: %1 Your edits are kept.</source>
        <translation>Phiên bản chưa được lưu: %1 Các chỉnh sửa của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>%1 changed on disk and is now Python (not only op.execute calls): it will show read-only. Drop your edits? (No keeps them here; saving is refused until the file is SQL form again.)</source>
        <translation>%1 đã thay đổi trên đĩa và giờ là Python (không chỉ gồm các lời gọi op.execute): nó sẽ hiển thị ở chế độ chỉ đọc. Bỏ các chỉnh sửa? (Không: giữ chúng ở đây; việc lưu bị từ chối cho đến khi tệp lại ở dạng SQL.)</translation>
    </message>
</context>
<context>
    <name>strata::RevisionInspector</name>
    <message>
        <source>Upgrade SQL</source>
        <translation>SQL nâng cấp</translation>
    </message>
    <message>
        <source>Downgrade SQL</source>
        <translation>SQL hạ cấp</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>đang đọc…</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>không kết nối được</translation>
    </message>
    <message>
        <source>applied (current head)</source>
        <translation>đã áp dụng (head hiện tại)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ áp dụng</translation>
    </message>
    <message>
        <source>not on its branch</source>
        <translation>không thuộc nhánh của nó</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> lúc %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> bởi %1</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>No revision selected</source>
        <translation>Chưa chọn phiên bản nào</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Phụ thuộc vào</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Nhãn nhánh</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Trong giao dịch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt; (statement by statement, autocommit)</source>
        <translation>&lt;b&gt;không&lt;/b&gt; (từng câu lệnh một, autocommit)</translation>
    </message>
    <message>
        <source>Reversible</source>
        <translation>Hoàn tác được</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;: no downgrade section</source>
        <translation>&lt;b&gt;không&lt;/b&gt;: không có phần hạ cấp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Upgrade checksum</source>
        <translation>Tổng kiểm tra nâng cấp</translation>
    </message>
    <message>
        <source>Downgrade checksum</source>
        <translation>Tổng kiểm tra hạ cấp</translation>
    </message>
    <message>
        <source>Upgrade: %1
Downgrade: %2</source>
        <translation>Nâng cấp: %1
Hạ cấp: %2</translation>
    </message>
    <message>
        <source>-- no downgrade section: irreversible</source>
        <translation>-- không có phần hạ cấp: không thể hoàn tác</translation>
    </message>
</context>
<context>
    <name>strata::RunActions</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Hủy lần chạy</translation>
    </message>
    <message>
        <source>&amp;Refresh Status</source>
        <translation>&amp;Làm mới trạng thái</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Upgrade %1 to Here…</source>
        <translation>Nâng cấp %1 đến đây…</translation>
    </message>
    <message>
        <source>Downgrade %1 to Here…</source>
        <translation>Hạ cấp %1 về đây…</translation>
    </message>
    <message>
        <source>Stamp %1 Here…</source>
        <translation>Đánh dấu %1 tại đây…</translation>
    </message>
    <message>
        <source>Upgrade %1 to Heads…</source>
        <translation>Nâng cấp %1 lên heads…</translation>
    </message>
    <message>
        <source>Downgrade %1 One Step…</source>
        <translation>Hạ cấp %1 một bước…</translation>
    </message>
    <message>
        <source>Upgrade to here</source>
        <translation>Nâng cấp đến đây</translation>
    </message>
    <message>
        <source>Downgrade to here</source>
        <translation>Hạ cấp về đây</translation>
    </message>
    <message>
        <source>Stamp here</source>
        <translation>Đánh dấu tại đây</translation>
    </message>
    <message>
        <source>Upgrade to heads</source>
        <translation>Nâng cấp lên heads</translation>
    </message>
    <message>
        <source>Down one step</source>
        <translation>Hạ một bước</translation>
    </message>
</context>
<context>
    <name>strata::RunConsole</name>
    <message>
        <source>No run yet.</source>
        <translation>Chưa có lần chạy nào.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Lưu nhật ký…</translation>
    </message>
    <message>
        <source>%v / %m revisions</source>
        <translation>%v / %m phiên bản</translation>
    </message>
    <message>
        <source>index build %p%</source>
        <translation>tạo chỉ mục %p%</translation>
    </message>
    <message>
        <source>Cancel the run (Ctrl+.)</source>
        <translation>Hủy lần chạy (Ctrl+.)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Đang chạy: %1</translation>
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation>đang chờ khóa di trú: %1</translation>
    </message>
    <message>
        <source>migration lock acquired</source>
        <translation>đã lấy khóa di trú</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2 (%3 trên %4)</translation>
    </message>
    <message>
        <source>── %1 %2 (%3/%4)</source>
        <translation>── %1 %2 (%3/%4)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>   line %1: %2</source>
        <translation>   dòng %1: %2</translation>
    </message>
    <message>
        <source>   %1 done (%2)</source>
        <translation>   %1 xong (%2)</translation>
    </message>
    <message numerus="yes">
        <source>run finished: %n step(s) in %1</source>
        <translation><numerusform>hoàn tất: %n bước trong %1</numerusform></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Hoàn tất.</translation>
    </message>
    <message>
        <source>run cancelled: %1</source>
        <translation>đã hủy: %1</translation>
    </message>
    <message>
        <source>run failed: %1</source>
        <translation>thất bại: %1</translation>
    </message>
    <message>
        <source>            revision: %1</source>
        <translation>            phiên bản: %1</translation>
    </message>
    <message>
        <source>            SQLSTATE: %1</source>
        <translation>            SQLSTATE: %1</translation>
    </message>
    <message>
        <source>            DETAIL: %1</source>
        <translation>            CHI TIẾT: %1</translation>
    </message>
    <message>
        <source>            HINT: %1</source>
        <translation>            GỢI Ý: %1</translation>
    </message>
    <message>
        <source>            statement%1:</source>
        <translation>            câu lệnh%1:</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (dòng %1)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Thất bại.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>Save run log</source>
        <translation>Lưu nhật ký chạy</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Tệp nhật ký (*.log *.txt)</translation>
    </message>
</context>
<context>
    <name>strata::RunCoordinator</name>
    <message>
        <source>Choose an environment first.</source>
        <translation>Hãy chọn một môi trường trước.</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>Không kết nối được %1: %2</translation>
    </message>
    <message>
        <source>%1 has not been read yet; wait for its status.</source>
        <translation>Chưa đọc được %1; hãy chờ trạng thái của nó.</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>Nâng cấp %1 đến %2</translation>
    </message>
    <message>
        <source>Downgrade %1 to %2</source>
        <translation>Hạ cấp %1 về %2</translation>
    </message>
    <message>
        <source>Stamp %1 at %2</source>
        <translation>Đánh dấu %1 tại %2</translation>
    </message>
    <message>
        <source>Upgrade %1 to heads</source>
        <translation>Nâng cấp %1 lên heads</translation>
    </message>
    <message>
        <source>Downgrade %1 one step</source>
        <translation>Hạ cấp %1 một bước</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to do.</source>
        <translation>%1: không có gì để làm.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing ran.</source>
        <translation>%1: đã hủy, không có gì được chạy.</translation>
    </message>
</context>
<context>
    <name>strata::SqlFormWriter</name>
    <message>
        <source>The file has no %1 function: adding one means writing Python. Add it in your editor (op.execute("""...""")); Strata then edits its SQL here.</source>
        <translation>Tệp không có hàm %1: thêm hàm nghĩa là phải viết Python. Hãy thêm nó trong trình soạn thảo của bạn (op.execute("""...""")); sau đó Strata sẽ sửa SQL của nó ở đây.</translation>
    </message>
    <message>
        <source>%1 is Python, not only op.execute calls: edit it in your editor.</source>
        <translation>%1 là Python, không chỉ gồm các lời gọi op.execute: hãy sửa nó trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>This revision uses op.execute("COMMIT"): Alembic sends each call as one query, so %1 gets one statement here; give the others their own op.execute calls in your editor.</source>
        <translation>Phiên bản này dùng op.execute("COMMIT"): Alembic gửi mỗi lời gọi thành một truy vấn, nên ở đây %1 chỉ nhận một câu lệnh; hãy cho các câu lệnh khác lời gọi op.execute riêng trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>%1 (line %2) has no op.execute call to hold this SQL: adding one means writing Python. Add op.execute("""...""") in your editor; Strata then edits its SQL here.</source>
        <translation>%1 (dòng %2) không có lời gọi op.execute nào để chứa SQL này: thêm một lời gọi nghĩa là phải viết Python. Hãy thêm op.execute("""...""") trong trình soạn thảo của bạn; sau đó Strata sẽ sửa SQL của nó ở đây.</translation>
    </message>
    <message>
        <source>%1 holds %2 op.execute calls, and this edit changes the text between two of them (or spans both): the SQL cannot be placed without adding, removing or merging calls, which means rewriting your Python. Keep each call's SQL within its own lines, or change the calls in your editor.</source>
        <translation>%1 chứa %2 lời gọi op.execute, và chỉnh sửa này thay đổi phần chữ giữa hai lời gọi (hoặc trải qua cả hai): không thể đặt SQL vào mà không thêm, xóa hoặc gộp các lời gọi, nghĩa là phải viết lại Python của bạn. Hãy giữ SQL của mỗi lời gọi trong các dòng của nó, hoặc sửa các lời gọi trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>op.execute("COMMIT") at line %1 ends Alembic's transaction so that what follows (CREATE INDEX CONCURRENTLY) runs outside one; it stays as written. To remove it, edit the Python in your editor.</source>
        <translation>op.execute("COMMIT") ở dòng %1 kết thúc giao dịch của Alembic để phần tiếp theo (CREATE INDEX CONCURRENTLY) chạy bên ngoài giao dịch; nó được giữ nguyên. Để xóa nó, hãy sửa Python trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>The op.execute call at line %1 would be left without SQL: removing a call means rewriting your Python. Keep some SQL in it, or remove the call in your editor.</source>
        <translation>Lời gọi op.execute ở dòng %1 sẽ không còn SQL: xóa một lời gọi nghĩa là phải viết lại Python của bạn. Hãy giữ lại một ít SQL trong đó, hoặc xóa lời gọi trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>The op.execute call at line %1 would hold %2 statements. This revision uses op.execute("COMMIT"): Alembic sends each call as one query, and a statement such as CREATE INDEX CONCURRENTLY must be alone in its query. Give each statement its own op.execute call in your editor.</source>
        <translation>Lời gọi op.execute ở dòng %1 sẽ chứa %2 câu lệnh. Phiên bản này dùng op.execute("COMMIT"): Alembic gửi mỗi lời gọi thành một truy vấn, và một câu lệnh như CREATE INDEX CONCURRENTLY phải đứng một mình trong truy vấn của nó. Hãy cho mỗi câu lệnh một lời gọi op.execute riêng trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>The op.execute call at line %1 is written as several string literals with comments between them, and this edit spans two of them: one literal in their place would drop the comments. Edit each literal's text on its own, or change the call in your editor.</source>
        <translation>Lời gọi op.execute ở dòng %1 được viết thành nhiều chuỗi với chú thích xen giữa, và chỉnh sửa này trải qua hai chuỗi: thay chúng bằng một chuỗi sẽ làm mất các chú thích. Hãy sửa riêng từng chuỗi, hoặc sửa lời gọi trong trình soạn thảo của bạn.</translation>
    </message>
    <message>
        <source>The SQL of %1 could not be written back as string literals without changing the Python around them.</source>
        <translation>Không thể ghi lại SQL của %1 thành các chuỗi mà không thay đổi phần Python xung quanh.</translation>
    </message>
</context>
<context>
    <name>strata::SqlLexer</name>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Hàm</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>Dollar-quoted string</source>
        <translation>Chuỗi trong dấu đô la</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Toán tử</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Định danh trong ngoặc kép</translation>
    </message>
</context>
<context>
    <name>strata::TryItRunner</name>
    <message>
        <source>FAILED: cannot open the project: %1</source>
        <translation>THẤT BẠI: không mở được dự án: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>THẤT BẠI: %1</translation>
    </message>
</context>
</TS>