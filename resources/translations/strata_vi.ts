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
    <name>strata::BranchChoiceDialog</name>
    <message>
        <source>Down One Step: Choose a Branch</source>
        <translation>Hạ cấp một bước: chọn nhánh</translation>
    </message>
    <message numerus="yes">
        <source>%1 is at %n head(s). Choose the branch to step down one revision; the other branches stay where they are.</source>
        <translation><numerusform>%1 đang ở %n head. Hãy chọn nhánh cần hạ một phiên bản; các nhánh khác giữ nguyên.</numerusform></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (nhánh %2)</translation>
    </message>
    <message>
        <source>downgrade %1@-1</source>
        <translation>downgrade %1@-1</translation>
    </message>
    <message>
        <source>Plan the Step Down…</source>
        <translation>Lập kế hoạch hạ một bước…</translation>
    </message>
</context>
<context>
    <name>strata::CodeTheme</name>
    <message>
        <source>&amp;Code Colours</source>
        <translation>&amp;Màu mã</translation>
    </message>
    <message>
        <source>&amp;Automatic (follows the palette)</source>
        <translation>&amp;Tự động (theo bảng màu)</translation>
    </message>
</context>
<context>
    <name>strata::ConnectionTest</name>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
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
    <name>strata::DirtyResolution</name>
    <message>
        <source>&amp;Resolve Dirty Environment…</source>
        <translation>&amp;Xử lý môi trường dở dang…</translation>
    </message>
    <message>
        <source>End the dirty state left by a failed Transactional: no revision: retry it, or mark it applied or rolled back</source>
        <translation>Kết thúc trạng thái dở dang do một phiên bản Transactional: no thất bại để lại: chạy lại nó, hoặc đánh dấu là đã áp dụng hay đã hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Resolve %1…</source>
        <translation>&amp;Xử lý %1…</translation>
    </message>
</context>
<context>
    <name>strata::DockLayout</name>
    <message>
        <source>&amp;Editing</source>
        <translation>&amp;Soạn thảo</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Sai lệch</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>Đồ &amp;thị</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>&amp;Bố cục</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Đặt &amp;lại bố cục</translation>
    </message>
    <message>
        <source>&amp;Switch Automatically</source>
        <translation>Tự động &amp;chuyển</translation>
    </message>
    <message>
        <source>An editor tab shows the Editing layout, the drift tab the Drift layout</source>
        <translation>Thẻ soạn thảo dùng bố cục Soạn thảo, thẻ sai lệch dùng bố cục Sai lệch</translation>
    </message>
</context>
<context>
    <name>strata::DriftBadge</name>
    <message>
        <source>in sync</source>
        <translation>khớp</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n khác biệt</numerusform></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>chưa so sánh</translation>
    </message>
    <message>
        <source>Not compared with the expected schema yet.</source>
        <translation>Chưa so sánh với lược đồ mong đợi.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Việc so sánh đã thất bại.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Không so sánh được: %1</translation>
    </message>
    <message>
        <source>actual schema vs the expected schema</source>
        <translation>lược đồ thực tế so với lược đồ mong đợi</translation>
    </message>
    <message>
        <source>Compared at %1</source>
        <translation>Đã so sánh lúc %1</translation>
    </message>
    <message>
        <source>Click to open the comparison in the Drift view.</source>
        <translation>Bấm để mở kết quả so sánh trong khung Sai lệch.</translation>
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
    <name>strata::DriftSummary</name>
    <message>
        <source>not compared</source>
        <translation>chưa so sánh</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>khớp</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n khác biệt</numerusform></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>không kết nối được</translation>
    </message>
    <message>
        <source>comparison failed</source>
        <translation>so sánh thất bại</translation>
    </message>
    <message>
        <source>Not compared with the expected schema yet.</source>
        <translation>Chưa so sánh với lược đồ mong đợi.</translation>
    </message>
    <message>
        <source>Not compared with the expected schema yet: %1</source>
        <translation>Chưa so sánh với lược đồ mong đợi: %1</translation>
    </message>
    <message>
        <source>Compared with the expected schema at %1: in sync.</source>
        <translation>Đã so sánh với lược đồ mong đợi lúc %1: khớp.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the expected schema at %1: %n difference(s). Open the Drift view to see them.</source>
        <translation><numerusform>Đã so sánh với lược đồ mong đợi lúc %1: %n khác biệt. Mở khung Sai lệch để xem.</numerusform></translation>
    </message>
    <message>
        <source>Cannot connect (at %1): %2</source>
        <translation>Không kết nối được (lúc %1): %2</translation>
    </message>
    <message>
        <source>The comparison with the expected schema failed (at %1): %2</source>
        <translation>Việc so sánh với lược đồ mong đợi đã thất bại (lúc %1): %2</translation>
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
    <message>
        <source>Swap A and B</source>
        <translation>Đổi chỗ A và B</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are in sync (%n object(s)).</source>
        <translation><numerusform>%1 và %2 khớp nhau (%n đối tượng).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 vs %2: %n difference(s).</source>
        <translation><numerusform>%1 so với %2: %n khác biệt.</numerusform></translation>
    </message>
    <message>
        <source>Server differences (not drift) (%1)</source>
        <translation>Khác biệt do máy chủ (không phải sai lệch) (%1)</translation>
    </message>
    <message>
        <source>what the two PostgreSQL versions ship</source>
        <translation>những gì hai phiên bản PostgreSQL kèm theo</translation>
    </message>
    <message numerus="yes">
        <source>%n server difference(s), not drift.</source>
        <translation><numerusform>%n khác biệt do máy chủ, không phải sai lệch.</numerusform></translation>
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
    <name>strata::EditorNotices</name>
    <message numerus="yes">
        <source>Applied to %1: editing changes its checksum; &lt;code&gt;strata check&lt;/code&gt; will report it, and those environments keep what already ran. To change them, write a new revision after %2.</source>
        <translation><numerusform>Đã áp dụng cho %1: sửa sẽ làm đổi tổng kiểm tra của nó; &lt;code&gt;strata check&lt;/code&gt; sẽ báo điều này, và các môi trường đó vẫn giữ những gì đã chạy. Để thay đổi chúng, hãy viết một phiên bản mới sau %2.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed on disk&lt;/b&gt; while you were editing it: %1. Reload drops your edits; Keep mine keeps them, and saving writes them over the new file.</source>
        <translation>&lt;b&gt;Đã đổi trên đĩa&lt;/b&gt; trong khi bạn đang sửa: %1. Tải lại sẽ bỏ các thay đổi của bạn; Giữ bản của tôi sẽ giữ chúng, và khi lưu chúng sẽ ghi đè lên tệp mới.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted from disk&lt;/b&gt;: %1. The text stays here; Save writes the file again.</source>
        <translation>&lt;b&gt;Đã bị xóa khỏi đĩa&lt;/b&gt;: %1. Nội dung vẫn còn ở đây; Lưu sẽ ghi lại tệp.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n error(s) (%1): `strata check` reports it and a run stops before this revision.</source>
        <translation><numerusform>Đã lưu với %n lỗi (%1): `strata check` sẽ báo điều này và lần chạy sẽ dừng trước phiên bản này.</numerusform></translation>
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
    <name>strata::EnvironmentActions</name>
    <message>
        <source>&amp;Add Environment…</source>
        <translation>&amp;Thêm môi trường…</translation>
    </message>
    <message>
        <source>&amp;Edit Environment…</source>
        <translation>&amp;Sửa môi trường…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>Re&amp;move Environment…</source>
        <translation>&amp;Xóa môi trường…</translation>
    </message>
    <message>
        <source>Add an environment to strata.toml</source>
        <translation>Thêm một môi trường vào strata.toml</translation>
    </message>
    <message>
        <source>Edit the target environment in strata.toml</source>
        <translation>Sửa môi trường đích trong strata.toml</translation>
    </message>
    <message>
        <source>Connect to the target environment and show its server version</source>
        <translation>Kết nối đến môi trường đích và hiện phiên bản máy chủ của nó</translation>
    </message>
    <message>
        <source>Remove the target environment from strata.toml (its database is not touched)</source>
        <translation>Xóa môi trường đích khỏi strata.toml (cơ sở dữ liệu của nó không bị động đến)</translation>
    </message>
    <message>
        <source>%1: connected, %2</source>
        <translation>%1: đã kết nối, %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Chưa mở dự án nào.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Xóa môi trường</translation>
    </message>
    <message>
        <source>Remove %1 from strata.toml? Its database is not touched.</source>
        <translation>Xóa %1 khỏi strata.toml? Cơ sở dữ liệu của nó không bị động đến.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: đang kết nối…</translation>
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
    <message>
        <source>target</source>
        <translation>đích</translation>
    </message>
    <message>
        <source>none (empty)</source>
        <translation>không có (trống)</translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentEditor</name>
    <message>
        <source>Protected: runs ask to type its name</source>
        <translation>Được bảo vệ: các lần chạy yêu cầu gõ tên của nó</translation>
    </message>
    <message>
        <source>Back up (pg_dump) before every run</source>
        <translation>Sao lưu (pg_dump) trước mỗi lần chạy</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>Thêm môi trường</translation>
    </message>
    <message>
        <source>Edit Environment %1</source>
        <translation>Sửa môi trường %1</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db, service=name or ${VAR}</source>
        <translation>postgresql://user@host:5432/db, service=name hoặc ${VAR}</translation>
    </message>
    <message>
        <source>kept for this session only, never written</source>
        <translation>chỉ giữ trong phiên này, không bao giờ được ghi ra</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Dùng mặc định</translation>
    </message>
    <message>
        <source>none (e.g. 5s, 2min)</source>
        <translation>không có (vd. 5s, 2min)</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Hủy &amp;thử</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
    <message>
        <source>&amp;Lock timeout:</source>
        <translation>Thời gian chờ &amp;khóa:</translation>
    </message>
    <message>
        <source>&amp;Statement timeout:</source>
        <translation>Thời gian chờ &amp;câu lệnh:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Colour of the environment</source>
        <translation>Màu của môi trường</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Đã kết nối: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>This URL holds a password: it will be written to strata.toml as typed. Prefer the session password below or ~/.pgpass.</source>
        <translation>URL này chứa mật khẩu: nó sẽ được ghi vào strata.toml đúng như đã gõ. Nên dùng mật khẩu phiên bên dưới hoặc ~/.pgpass.</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Hãy đặt tên cho môi trường.</translation>
    </message>
    <message>
        <source>'%1' is not a valid name (use letters, digits, '_', '-' and '.').</source>
        <translation>'%1' không phải là tên hợp lệ (hãy dùng chữ cái, chữ số, '_', '-' và '.').</translation>
    </message>
    <message>
        <source>An environment called '%1' exists.</source>
        <translation>Đã có một môi trường tên '%1'.</translation>
    </message>
    <message>
        <source>Give the environment a URL.</source>
        <translation>Hãy nhập URL cho môi trường.</translation>
    </message>
    <message>
        <source>'%1' is not a duration (e.g. 5s, 2min).</source>
        <translation>'%1' không phải là một khoảng thời gian (vd. 5s, 2min).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>strata::EnvironmentTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none (empty)</source>
        <translation>không có (trống)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>đang đọc…</translation>
    </message>
    <message>
        <source>Error: %1 (double-click to enter the password)</source>
        <translation>Lỗi: %1 (bấm đúp để nhập mật khẩu)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
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
        <source>%1 (protected)</source>
        <translation>%1 (được bảo vệ)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ áp dụng</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Sai lệch</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Lần chạy cuối</translation>
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
    <name>strata::FleetProgressModel</name>
    <message>
        <source>waiting (canary)</source>
        <translation>đang chờ (thử trước)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>running (canary)</source>
        <translation>đang chạy (thử trước)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>xong: %1</translation>
    </message>
    <message>
        <source>already at the target</source>
        <translation>đã ở đích</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>thất bại: %1</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>không kết nối được: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
</context>
<context>
    <name>strata::FleetRunDialog</name>
    <message>
        <source>Start no further database after one fails</source>
        <translation>Không bắt đầu thêm cơ sở dữ liệu nào khi có một cái thất bại</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Hủy lượt chạy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 on group %2</source>
        <translation>%1 trên nhóm %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the database of group &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; trên cơ sở dữ liệu của nhóm &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the %2 databases of group &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; trên %2 cơ sở dữ liệu của nhóm &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>At most this many databases at once: one connection each.</source>
        <translation>Tối đa bấy nhiêu cơ sở dữ liệu cùng lúc: mỗi cái một kết nối.</translation>
    </message>
    <message>
        <source>Run this many databases first; if one fails, the others do not start.</source>
        <translation>Chạy trước bấy nhiêu cơ sở dữ liệu; nếu một cái thất bại, các cái khác không bắt đầu.</translation>
    </message>
    <message>
        <source>&amp;Databases at once:</source>
        <translation>&amp;Số cơ sở dữ liệu cùng lúc:</translation>
    </message>
    <message>
        <source>C&amp;anary databases first:</source>
        <translation>Số cơ sở dữ liệu &amp;thử trước:</translation>
    </message>
    <message>
        <source>no database is changed</source>
        <translation>không cơ sở dữ liệu nào bị thay đổi</translation>
    </message>
    <message>
        <source>Running: %1 at a time …</source>
        <translation>Đang chạy: %1 cái cùng lúc …</translation>
    </message>
    <message>
        <source>Cancelling: the running databases roll their revision back …</source>
        <translation>Đang hủy: các cơ sở dữ liệu đang chạy hoàn tác phiên bản của chúng …</translation>
    </message>
</context>
<context>
    <name>strata::GoToTargetDialog</name>
    <message>
        <source>Upgrade</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Hạ cấp</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Go to Target: %1</source>
        <translation>Đi đến đích: %1</translation>
    </message>
    <message>
        <source>heads, base, +2, -1, notes@-1, rev@head, a partial id</source>
        <translation>heads, base, +2, -1, notes@-1, rev@head, một phần của id</translation>
    </message>
    <message>
        <source>Automatic (up or down)</source>
        <translation>Tự động (lên hoặc xuống)</translation>
    </message>
    <message>
        <source>Stamp (version table only)</source>
        <translation>Đánh dấu (chỉ bảng phiên bản)</translation>
    </message>
    <message>
        <source>%1 is at base (no revision applied).</source>
        <translation>%1 đang ở base (chưa áp dụng phiên bản nào).</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 đang ở %2.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Lập kế hoạch…</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Đí&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>C&amp;hiều:</translation>
    </message>
    <message>
        <source>Type a target; its plan is shown here as you type.</source>
        <translation>Hãy gõ một đích; kế hoạch của nó hiện ở đây trong khi bạn gõ.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1 is already there: nothing to do.</source>
        <translation>%1 đã ở đó: không có gì để làm.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n step(s), heads after: %3</source>
        <translation><numerusform>%1 %2: %n bước, heads sau đó: %3</numerusform></translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
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
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>strata::GraphHeadsMenu</name>
    <message>
        <source>Go to &amp;Head of</source>
        <translation>Đến &amp;head của</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>chưa đọc</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No environments</source>
        <translation>Không có môi trường</translation>
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
    <name>strata::GraphRows</name>
    <message numerus="yes">
        <source>… %n revision(s)</source>
        <translation><numerusform>… %n phiên bản</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) from %1 to %2 with no branch, merge, environment or problem; double-click or press Enter to show them</source>
        <translation><numerusform>%n phiên bản từ %1 đến %2 không có nhánh, phiên bản gộp, môi trường hay sự cố nào; bấm đúp hoặc nhấn Enter để hiện chúng</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GraphView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Đặt &amp;lại thu phóng</translation>
    </message>
    <message>
        <source>Search revisions: id, message, branch label or file (Ctrl+F, Enter for next)</source>
        <translation>Tìm phiên bản: id, thông điệp, nhãn nhánh hoặc tệp (Ctrl+F, Enter để tìm tiếp)</translation>
    </message>
    <message>
        <source>Only Matches</source>
        <translation>Chỉ kết quả khớp</translation>
    </message>
    <message>
        <source>Show only the revisions matching the search (id, message, label, file)</source>
        <translation>Chỉ hiện các phiên bản khớp với tìm kiếm (id, thông điệp, nhãn, tệp)</translation>
    </message>
    <message>
        <source>Fold Long Runs</source>
        <translation>Thu gọn các chuỗi dài</translation>
    </message>
    <message numerus="yes">
        <source>Fold more than %n plain revisions in a row into one row (double-click it to expand)</source>
        <translation><numerusform>Thu gọn hơn %n phiên bản thường liên tiếp thành một dòng (bấm đúp vào đó để mở rộng)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n revision(s) shown · &lt;a href="all"&gt;Show all&lt;/a&gt;</source>
        <translation><numerusform>Đang hiện %1 trên %n phiên bản · &lt;a href="all"&gt;Hiện tất cả&lt;/a&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GroupEntry</name>
    <message>
        <source>: reading …</source>
        <translation>: đang đọc …</translation>
    </message>
</context>
<context>
    <name>strata::GroupTreeModel</name>
    <message>
        <source>unreachable: %1</source>
        <translation>không kết nối được: %1</translation>
    </message>
    <message>
        <source>dirty: %1 did not finish</source>
        <translation>dở dang: %1 chưa hoàn tất</translation>
    </message>
    <message>
        <source>unknown revision %1</source>
        <translation>phiên bản không rõ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n applied revision(s) changed</source>
        <translation><numerusform>%n phiên bản đã áp dụng bị thay đổi</numerusform></translation>
    </message>
    <message>
        <source>at heads</source>
        <translation>ở đỉnh</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>chậm hơn</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>chưa so sánh</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>đúng như mong đợi</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n khác biệt</numerusform></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 nữa</translation>
    </message>
    <message>
        <source>the schema is what its revisions produce</source>
        <translation>lược đồ đúng như các phiên bản tạo ra</translation>
    </message>
    <message>
        <source>discovered on %1: %2</source>
        <translation>tìm thấy trên %1: %2</translation>
    </message>
    <message>
        <source>environments: %1</source>
        <translation>môi trường: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message>
        <source> (refreshing)</source>
        <translation> (đang làm mới)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>được bảo vệ</translation>
    </message>
    <message>
        <source>comparing …</source>
        <translation>đang so sánh …</translation>
    </message>
    <message>
        <source>Group / database</source>
        <translation>Nhóm / cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ áp dụng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Drift (vs expected)</source>
        <translation>Sai lệch (so với mong đợi)</translation>
    </message>
</context>
<context>
    <name>strata::GroupsPanel</name>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nhóm&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Compare with expected</source>
        <translation>So sánh với mong đợi</translation>
    </message>
    <message>
        <source>Upgrade group to heads…</source>
        <translation>Nâng cấp nhóm lên đỉnh…</translation>
    </message>
    <message>
        <source>Compare every database of the group with the schema its own revisions should have produced.</source>
        <translation>So sánh mọi cơ sở dữ liệu của nhóm với lược đồ mà các phiên bản của nó lẽ ra đã tạo ra.</translation>
    </message>
    <message>
        <source>Upgrade every database of the group to the heads, a few at a time, with a table of their progress.</source>
        <translation>Nâng cấp mọi cơ sở dữ liệu của nhóm lên đỉnh, vài cái một lúc, kèm bảng tiến độ.</translation>
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
    <name>strata::HelpMenu</name>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Tài liệu</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>The documentation is not installed. It is online in the project's repository: README.md and docs/studio.md.</source>
        <translation>Tài liệu chưa được cài đặt. Có thể xem trực tuyến trong kho mã của dự án: README.md và docs/studio.md.</translation>
    </message>
</context>
<context>
    <name>strata::HistoryCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>strata::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Whose history: one environment or all of them</source>
        <translation>Lịch sử của môi trường nào: một môi trường hoặc tất cả</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Mọi chiều</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Hạ cấp</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Started on or after this day</source>
        <translation>Bắt đầu vào hoặc sau ngày này</translation>
    </message>
    <message>
        <source>Started on or before this day</source>
        <translation>Bắt đầu vào hoặc trước ngày này</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Part of the user, host or database user</source>
        <translation>Một phần tên người dùng, máy hoặc người dùng CSDL</translation>
    </message>
    <message>
        <source>Revision, message or error…</source>
        <translation>Phiên bản, thông điệp hoặc lỗi…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tất cả môi trường</translation>
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
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
</context>
<context>
    <name>strata::HistoryView</name>
    <message>
        <source>Select an environment to see its history.</source>
        <translation>Chọn một môi trường để xem lịch sử của nó.</translation>
    </message>
    <message>
        <source>History of %1: reading…</source>
        <translation>Lịch sử của %1: đang đọc…</translation>
    </message>
    <message>
        <source>History of %1: unreachable (%2)</source>
        <translation>Lịch sử của %1: không kết nối được (%2)</translation>
    </message>
    <message>
        <source>History of %1: cannot be read (%2)</source>
        <translation>Lịch sử của %1: không đọc được (%2)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Write every row the filter shows to a CSV file</source>
        <translation>Ghi mọi dòng đang được bộ lọc hiển thị vào một tệp CSV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1</source>
        <translation><numerusform>Đã xuất %Ln dòng vào %1</numerusform></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %Ln row(s)</source>
        <translation><numerusform>Lịch sử của %1: %Ln dòng</numerusform></translation>
    </message>
    <message>
        <source>all environments</source>
        <translation>tất cả môi trường</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %Ln matching row(s)</source>
        <translation><numerusform>Lịch sử của %1: %Ln dòng khớp</numerusform></translation>
    </message>
    <message>
        <source>(not read: %1)</source>
        <translation>(chưa đọc: %1)</translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>Đang hiện %1; cuộn để xem thêm</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Select a failed row to see its failing statement.</source>
        <translation>Chọn một dòng thất bại để xem câu lệnh bị lỗi.</translation>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chỉnh…</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Dự án &amp;mới…</translation>
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
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 at it, %4 past it, %5 to run it</source>
        <translation>%1
%2: %3 đang ở đó, %4 đã qua, %5 sẽ chạy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Revision &amp;id:</source>
        <translation>&amp;Id phiên bản:</translation>
    </message>
</context>
<context>
    <name>strata::NewProjectDialog</name>
    <message>
        <source>&amp;Strata project (strata.toml and versions/)</source>
        <translation>Dự án &amp;Strata (strata.toml và versions/)</translation>
    </message>
    <message>
        <source>&amp;Alembic project already in the folder (alembic.ini)</source>
        <translation>Dự án &amp;Alembic có sẵn trong thư mục (alembic.ini)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>The project's folder (created when missing)</source>
        <translation>Thư mục của dự án (được tạo nếu chưa có)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Thư mục dự án</translation>
    </message>
    <message>
        <source>optional, e.g. postgresql://app@localhost/app_dev</source>
        <translation>không bắt buộc, vd. postgresql://app@localhost/app_dev</translation>
    </message>
    <message>
        <source>Left empty, the first environment reads ${DATABASE_URL}. Passwords belong in .pgpass or the keyring, not here.</source>
        <translation>Nếu để trống, môi trường đầu tiên sẽ đọc ${DATABASE_URL}. Mật khẩu nên để trong .pgpass hoặc chùm khóa, không để ở đây.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>First environment &amp;URL:</source>
        <translation>&amp;URL của môi trường đầu tiên:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>Writes strata.toml with a dev environment, an empty versions/ folder and a .gitignore, as 'strata init' does.</source>
        <translation>Ghi strata.toml với một môi trường dev, một thư mục versions/ trống và một .gitignore, như 'strata init'.</translation>
    </message>
    <message>
        <source>Writes only a strata.toml that follows the folder's alembic.ini (or pyproject.toml), as 'strata init --alembic' does; revisions and the version table stay Alembic's.</source>
        <translation>Chỉ ghi một strata.toml theo alembic.ini (hoặc pyproject.toml) của thư mục, như 'strata init --alembic'; các phiên bản và bảng phiên bản vẫn là của Alembic.</translation>
    </message>
    <message>
        <source>Choose the project's folder.</source>
        <translation>Hãy chọn thư mục của dự án.</translation>
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
        <source>This build has no keyring support; use ~/.pgpass to keep it.</source>
        <translation>Bản dựng này không hỗ trợ kho khóa; hãy dùng ~/.pgpass để lưu mật khẩu.</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ẩn mật khẩu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; cần mật khẩu.</translation>
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
    <name>strata::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the studio waits for a server before it reports it unreachable (status reads and runs)</source>
        <translation>Thời gian studio chờ một máy chủ trước khi báo là không kết nối được (khi đọc trạng thái và khi chạy)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The language changes when Strata Studio starts again.</source>
        <translation>Ngôn ngữ sẽ thay đổi khi khởi động lại Strata Studio.</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Phông chữ trình soạn thảo:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Thời gian chờ &amp;kết nối:</translation>
    </message>
    <message>
        <source>Every run shows its plan first; a protected environment also asks for its name.</source>
        <translation>Mọi lần chạy đều hiện kế hoạch trước; một môi trường được bảo vệ còn yêu cầu nhập tên của nó.</translation>
    </message>
    <message>
        <source>Automatic (follows the palette)</source>
        <translation>Tự động (theo bảng màu)</translation>
    </message>
    <message>
        <source>The colours of SQL and Python in the editor and every code view</source>
        <translation>Màu của SQL và Python trong trình soạn thảo và mọi khung xem mã</translation>
    </message>
    <message>
        <source>C&amp;ode colours:</source>
        <translation>Màu &amp;mã:</translation>
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
    <name>strata::ProtectedConfirmation</name>
    <message>
        <source>&lt;b&gt;%1 is protected.&lt;/b&gt; Type its name to confirm:</source>
        <translation>&lt;b&gt;%1 được bảo vệ.&lt;/b&gt; Gõ tên của nó để xác nhận:</translation>
    </message>
    <message>
        <source>Type '%1' to confirm: %2.</source>
        <translation>Gõ '%1' để xác nhận: %2.</translation>
    </message>
    <message>
        <source>'%1' does not match the environment's name '%2': %3.</source>
        <translation>'%1' không khớp với tên môi trường '%2': %3.</translation>
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
    <name>strata::ResolveDirtyDialog</name>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Xử lý %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is dirty:&lt;/b&gt; the &lt;code&gt;Transactional: no&lt;/code&gt; revision %2 failed part way (%3), and every run on %1 is refused until this is resolved.</source>
        <translation>&lt;b&gt;%1 đang dở dang:&lt;/b&gt; phiên bản &lt;code&gt;Transactional: no&lt;/code&gt; %2 đã thất bại giữa chừng (%3), và mọi lần chạy trên %1 đều bị từ chối cho đến khi việc này được xử lý.</translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation>Đã làm gì với nó?</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Chạy lại</translation>
    </message>
    <message>
        <source>The cause is fixed: run the failed step again (its statements from the start).</source>
        <translation>Nguyên nhân đã được sửa: chạy lại bước thất bại (các câu lệnh của nó từ đầu).</translation>
    </message>
    <message>
        <source>Mark &amp;applied</source>
        <translation>Đánh dấu đã &amp;áp dụng</translation>
    </message>
    <message>
        <source>It was finished by hand: record %1 as applied, nothing runs.</source>
        <translation>Đã được làm xong bằng tay: ghi nhận %1 là đã áp dụng, không chạy gì.</translation>
    </message>
    <message>
        <source>Mark rolled &amp;back</source>
        <translation>Đánh dấu đã &amp;hoàn tác</translation>
    </message>
    <message>
        <source>It was undone by hand: the version stays where it is, nothing runs.</source>
        <translation>Đã được hoàn tác bằng tay: phiên bản giữ nguyên chỗ cũ, không chạy gì.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>The failed step</source>
        <translation>Bước thất bại</translation>
    </message>
    <message>
        <source>%1 (%2, not transactional)</source>
        <translation>%1 (%2, không theo giao dịch)</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 bởi %2 trên %3</translation>
    </message>
    <message>
        <source>line %1 of the revision file, error at character %2</source>
        <translation>dòng %1 của tệp phiên bản, lỗi ở ký tự %2</translation>
    </message>
    <message>
        <source>line %1 of the revision file</source>
        <translation>dòng %1 của tệp phiên bản</translation>
    </message>
    <message>
        <source>-- (the statement is not known)</source>
        <translation>-- (không rõ câu lệnh)</translation>
    </message>
    <message>
        <source>Failed statement:</source>
        <translation>Câu lệnh thất bại:</translation>
    </message>
    <message>
        <source>%1 (SQLSTATE %2)</source>
        <translation>%1 (SQLSTATE %2)</translation>
    </message>
    <message>
        <source>(no error recorded: the run was interrupted)</source>
        <translation>(không ghi nhận lỗi nào: lần chạy đã bị ngắt)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Lỗi:</translation>
    </message>
    <message>
        <source>Already resolved.</source>
        <translation>Đã được xử lý.</translation>
    </message>
    <message>
        <source>Choose what was done: Retry, Mark applied or Mark rolled back.</source>
        <translation>Hãy chọn việc đã làm: Chạy lại, Đánh dấu đã áp dụng hoặc Đánh dấu đã hoàn tác.</translation>
    </message>
    <message>
        <source>nothing is changed</source>
        <translation>không có gì thay đổi</translation>
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
        <source>Resolving %1 (%2)…</source>
        <translation>Đang xử lý %1 (%2)…</translation>
    </message>
    <message>
        <source>Resolved. %1</source>
        <translation>Đã xử lý. %1</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Chưa xử lý được: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 may still be dirty.</source>
        <translation>Đã hủy: %1 có thể vẫn còn dở dang.</translation>
    </message>
</context>
<context>
    <name>strata::ResolveJob</name>
    <message>
        <source>retried</source>
        <translation>đã chạy lại</translation>
    </message>
    <message>
        <source>marked applied</source>
        <translation>đã đánh dấu là đã áp dụng</translation>
    </message>
    <message>
        <source>marked rolled back</source>
        <translation>đã đánh dấu là đã hoàn tác</translation>
    </message>
    <message>
        <source>%1: %2; it is at %3.</source>
        <translation>%1: %2; hiện đang ở %3.</translation>
    </message>
    <message>
        <source>base (no revision)</source>
        <translation>base (chưa có phiên bản)</translation>
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
    <name>strata::RevisionIdField</name>
    <message>
        <source>New id</source>
        <translation>Id mới</translation>
    </message>
    <message>
        <source>Generate another random id</source>
        <translation>Tạo một id ngẫu nhiên khác</translation>
    </message>
    <message>
        <source>The id by the project's naming (%1)</source>
        <translation>Id theo quy tắc đặt tên của dự án (%1)</translation>
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
    <message>
        <source> (reading when…)</source>
        <translation> (đang đọc thời điểm…)</translation>
    </message>
    <message>
        <source> (stamped) on %1</source>
        <translation> (đánh dấu) lúc %1</translation>
    </message>
    <message>
        <source>Upgrade (Python)</source>
        <translation>Nâng cấp (Python)</translation>
    </message>
    <message>
        <source>Downgrade (Python)</source>
        <translation>Hạ cấp (Python)</translation>
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
        <source>&amp;Go to Target on %1…</source>
        <translation>Đi đến đí&amp;ch trên %1…</translation>
    </message>
    <message>
        <source>Upgrade %1 to here</source>
        <translation>Nâng cấp %1 đến đây</translation>
    </message>
    <message>
        <source>Downgrade %1 to here</source>
        <translation>Hạ cấp %1 về đây</translation>
    </message>
    <message>
        <source>Stamp %1 here</source>
        <translation>Đánh dấu %1 tại đây</translation>
    </message>
    <message>
        <source>Upgrade %1 to heads</source>
        <translation>Nâng cấp %1 lên heads</translation>
    </message>
    <message>
        <source>Down one step on %1</source>
        <translation>Hạ một bước trên %1</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Đi đến…</translation>
    </message>
    <message>
        <source>Go to a target on %1: heads, base, +2, -1, notes@-1, rev@head, a partial id (%2)</source>
        <translation>Đi đến một đích trên %1: heads, base, +2, -1, notes@-1, rev@head, một phần của id (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2 (%3 trên %4)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Hoàn tất.</translation>
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
        <source>Save run log</source>
        <translation>Lưu nhật ký chạy</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Tệp nhật ký (*.log *.txt)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;hép</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the finished runs from the console</source>
        <translation>Xóa các lần chạy đã xong khỏi bảng chạy</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>%1: succeeded.</source>
        <translation>%1: thành công.</translation>
    </message>
    <message>
        <source>%1: failed.</source>
        <translation>%1: thất bại.</translation>
    </message>
    <message>
        <source>Select a statement to see it whole.</source>
        <translation>Chọn một câu lệnh để xem đầy đủ.</translation>
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
    <message>
        <source>Downgrade %1 one step: cancelled, nothing ran.</source>
        <translation>Hạ cấp %1 một bước: đã hủy, không có gì được chạy.</translation>
    </message>
    <message>
        <source>Downgrade %1 one step on the branch of %2 (%3)</source>
        <translation>Hạ cấp %1 một bước trên nhánh của %2 (%3)</translation>
    </message>
    <message>
        <source>Go to target on %1: cancelled, nothing ran.</source>
        <translation>Đi đến đích trên %1: đã hủy, không có gì được chạy.</translation>
    </message>
    <message>
        <source>%1: %2 is already at %3, nothing to downgrade on that branch; to step it down, use Down One Step and choose it.</source>
        <translation>%1: %2 đã ở %3, không có gì để hạ cấp trên nhánh đó; để hạ nó một bước, hãy dùng Hạ cấp một bước và chọn nhánh đó.</translation>
    </message>
</context>
<context>
    <name>strata::RunEventRows</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>%1 %2 (%3/%4)</source>
        <translation>%1 %2 (%3/%4)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>đang chạy…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message numerus="yes">
        <source>run finished: %n step(s) in %1</source>
        <translation><numerusform>hoàn tất: %n bước trong %1</numerusform></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
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
        <source>revision: %1</source>
        <translation>phiên bản: %1</translation>
    </message>
    <message>
        <source>file: %1:%2</source>
        <translation>tệp: %1:%2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>tệp: %1</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <source>DETAIL: %1</source>
        <translation>CHI TIẾT: %1</translation>
    </message>
    <message>
        <source>HINT: %1</source>
        <translation>GỢI Ý: %1</translation>
    </message>
    <message>
        <source>statement (line %1):</source>
        <translation>câu lệnh (dòng %1):</translation>
    </message>
    <message>
        <source>statement:</source>
        <translation>câu lệnh:</translation>
    </message>
</context>
<context>
    <name>strata::RunLogModel</name>
    <message numerus="yes">
        <source>Running… %1/%n revision(s)</source>
        <translation><numerusform>Đang chạy… %1/%n phiên bản</numerusform></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Thành công</translation>
    </message>
    <message numerus="yes">
        <source>Finished. %1/%n revision(s)</source>
        <translation><numerusform>Hoàn tất. %1/%n phiên bản</numerusform></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Thất bại tại %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Câu lệnh</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Double-click to open %1 at line %2.</source>
        <translation>Bấm đúp để mở %1 tại dòng %2.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>dòng %1: </translation>
    </message>
</context>
<context>
    <name>strata::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Lọc theo thao tác, phím hoặc trình đơn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Trình đơn</translation>
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
    <message>
        <source>Escape string</source>
        <translation>Chuỗi có thoát</translation>
    </message>
</context>
<context>
    <name>strata::ThemeManager</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Chủ đề</translation>
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