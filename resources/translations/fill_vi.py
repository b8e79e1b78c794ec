#!/usr/bin/python3
"""Fills Vietnamese translations into strata_vi.ts and English plural forms into strata_en.ts.

Run after `lupdate` (see resources/translations/README.md). Strings not listed here stay
unfinished and show in English.
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
    "No project": "Chưa mở dự án",
    "actual schema vs the expected schema": "lược đồ thực tế so với lược đồ mong đợi",
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
    "&Upgrade to Heads…": "&Nâng cấp lên heads…",
    "&Downgrade One Step…": "&Hạ cấp một bước…",
    "&Cancel Run": "&Hủy lần chạy",
    "&Revision": "&Phiên bản",
    "&Upgrade Environment to Here…": "&Nâng cấp môi trường đến đây…",
    "&Downgrade Environment to Here…": "&Hạ cấp môi trường về đây…",
    "&Stamp Environment Here…": "Đánh &dấu môi trường tại đây…",
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
    "Upgrade to here": "Nâng cấp đến đây",
    "Downgrade to here": "Hạ cấp về đây",
    "Stamp here": "Đánh dấu tại đây",
    "Upgrade to heads": "Nâng cấp lên heads",
    "Down one step": "Hạ một bước",
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
    "<i>none (empty)</i>": "<i>không có (trống)</i>",
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
    "%1 and %2 are in sync (%3 objects).": "%1 và %2 khớp nhau (%3 đối tượng).",
    "%1 vs %2: 1 difference.": "%1 so với %2: 1 khác biệt.",
    "%1 vs %2: %3 differences.": "%1 so với %2: %3 khác biệt.",
    "%1 only in B": "%1 chỉ có ở B",
    "%1 only in A": "%1 chỉ có ở A",
    "%1 changed": "%1 đã đổi",
    "%1 column order": "%1 thứ tự cột",
    "(not in A)": "(không có ở A)",
    "(not in B)": "(không có ở B)",
    "in sync": "khớp",
    "1 difference": "1 khác biệt",
    "%1 differences": "%1 khác biệt",
    "drift: ?": "sai lệch: ?",
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
}

# English plural forms for the %n strings (the source texts say "(s)").
EN_PLURALS = {
    "%1 — %n revision(s)": ("%1 — %n revision", "%1 — %n revisions"),
    ", %n problem(s)": (", %n problem", ", %n problems"),
    "run finished: %n step(s) in %1": ("run finished: %n step in %1", "run finished: %n steps in %1"),
}


def fill(path, table, numerus_table=None):
    tree = ET.parse(path)
    done = 0
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if numerus and numerus_table is not None and source in numerus_table:
            for child in list(tr):
                tr.remove(child)
            for form in numerus_table[source]:
                ET.SubElement(tr, "numerusform").text = form
            tr.attrib.pop("type", None)
            done += 1
        elif source in table:
            if numerus:
                for child in list(tr):
                    tr.remove(child)
                ET.SubElement(tr, "numerusform").text = table[source]
            else:
                tr.text = table[source]
            tr.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    vi = fill(os.path.join(HERE, "strata_vi.ts"), VI)
    en = fill(os.path.join(HERE, "strata_en.ts"), {}, EN_PLURALS)
    print("vi: %d translated, en: %d plural forms" % (vi, en))
    sys.exit(0)
