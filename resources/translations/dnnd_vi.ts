<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>People&apos;s diplomacy activities</source>
        <translation>Hoạt động đối ngoại nhân dân</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Activity name</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Border area</source>
        <translation>Vùng biên giới</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Nước đối tác</translation>
    </message>
    <message>
        <source>Foreign counterpart</source>
        <translation>Đối tác nước ngoài</translation>
    </message>
    <message>
        <source>Locality across the border</source>
        <translation>Địa phương nước bạn</translation>
    </message>
    <message>
        <source>For example: Hekou (Yunnan, China), Phongsaly (Laos).</source>
        <translation>Ví dụ: Hà Khẩu (Vân Nam, Trung Quốc), Phông Sa Lỳ (Lào).</translation>
    </message>
    <message>
        <source>Delegation in or out</source>
        <translation>Đoàn vào/đoàn ra</translation>
    </message>
    <message>
        <source>Vietnamese participants</source>
        <translation>Số người Việt Nam tham gia</translation>
    </message>
    <message>
        <source>Foreign participants</source>
        <translation>Số người nước ngoài tham gia</translation>
    </message>
    <message>
        <source>Overseas Vietnamese participants</source>
        <translation>Số kiều bào tham gia</translation>
    </message>
    <message>
        <source>Lunar New Year meeting with overseas Vietnamese</source>
        <translation>Gặp mặt kiều bào về quê đón Tết</translation>
    </message>
    <message>
        <source>Funding or value of support (VND)</source>
        <translation>Kinh phí, giá trị hỗ trợ (đồng)</translation>
    </message>
    <message>
        <source>e.g. 5.000.000</source>
        <translation>ví dụ 5.000.000</translation>
    </message>
    <message>
        <source>Co-organising bodies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Money mobilised or given</source>
        <translation>Tiền vận động được hay trao tặng</translation>
    </message>
    <message>
        <source>Whose money</source>
        <translation>Nguồn tiền của ai</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <source>Link an activity as evidence</source>
        <translation>Gắn hoạt động làm minh chứng</translation>
    </message>
    <message>
        <source>Search activities: title, place, country…</source>
        <translation>Tìm hoạt động: tên, địa điểm, quốc gia…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>%1 activities shown</source>
        <translation>Đang hiển thị %1 hoạt động</translation>
    </message>
    <message>
        <source>No activity found. Activities are entered on the Activities page.</source>
        <translation>Không tìm thấy hoạt động nào. Hoạt động được nhập ở trang Hoạt động.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Password (optional):</source>
        <translation>Mật khẩu (không bắt buộc):</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Đang thêm người dùng…</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Return the report</source>
        <translation>Trả lại báo cáo</translation>
    </message>
    <message>
        <source>Acknowledge the report</source>
        <translation>Tiếp nhận báo cáo</translation>
    </message>
    <message>
        <source>What must be corrected (required):</source>
        <translation>Nội dung cần sửa (bắt buộc):</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Ý kiến (không bắt buộc):</translation>
    </message>
    <message>
        <source>Say what the office must correct.</source>
        <translation>Hãy ghi rõ nội dung đơn vị cần sửa.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Today&apos;s automatic backup has been made.</source>
        <translation>Đã tự động sao lưu dữ liệu hôm nay.</translation>
    </message>
    <message>
        <source>The automatic daily backup could not be made; use Backups to make one.</source>
        <translation>Không tự động sao lưu được hôm nay; hãy vào mục Sao lưu để sao lưu thủ công.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>The program is already open for this data folder; its window was brought to the front.</source>
        <translation>Phần mềm đang mở với thư mục dữ liệu này; cửa sổ đang mở đã được đưa lên trước.</translation>
    </message>
    <message>
        <source>The program is already open for this data folder but does not answer. Wait a moment and try again; if it still does not answer, restart the computer.</source>
        <translation>Phần mềm đang mở với thư mục dữ liệu này nhưng không phản hồi. Hãy đợi một lát rồi thử lại; nếu vẫn không được, hãy khởi động lại máy tính.</translation>
    </message>
    <message>
        <source>People&apos;s Diplomacy</source>
        <translation>Đối ngoại nhân dân</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>AppErrors</name>
    <message>
        <source>The app is not set up for an office yet. Run the first setup (open the app, or the command «dnnd setup»).</source>
        <translation>Phần mềm chưa được thiết lập cho đơn vị. Hãy chạy bước thiết lập ban đầu (mở phần mềm, hoặc lệnh «dnnd setup»).</translation>
    </message>
    <message>
        <source>There is no user «{name}». Check the user name.</source>
        <translation>Không có người dùng «{name}». Hãy kiểm tra lại tên người dùng.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Photos, minutes, signed agreements… Files are kept in the data folder; the same file attached twice is stored once.</source>
        <translation>Ảnh, biên bản, văn bản thỏa thuận đã ký… Tệp được lưu trong thư mục dữ liệu; cùng một tệp đính kèm hai lần chỉ lưu một bản.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày đính kèm</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>Hãy lưu bản ghi trước, sau đó đính kèm tệp.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Chọn tệp cần đính kèm</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Đang đính kèm tệp</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Đang mở tệp</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Lưu bản sao của tệp đính kèm</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Saving a copy of the file</source>
        <translation>Đang lưu bản sao của tệp</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Remove the attached file “%1” from this record?</source>
        <translation>Gỡ tệp đính kèm «%1» khỏi bản ghi này?</translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation>Không gỡ được tệp</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Gộp vào bản ghi khác</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Gộp bản ghi trùng</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Viewed sensitive data</source>
        <translation>Xem dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Exported personal data</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Exported sensitive data</source>
        <translation>Đã xuất dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Wrote a personal-data protection document</source>
        <translation>Lập văn bản bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Exported to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Imported from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Created sample data</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Sent a package</source>
        <translation>Gửi gói</translation>
    </message>
    <message>
        <source>Received a package</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <source>Synchronised data</source>
        <translation>Đồng bộ dữ liệu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Resolved a conflict</source>
        <translation>Xử lý xung đột</translation>
    </message>
    <message>
        <source>Trusted an office</source>
        <translation>Tin cậy một đơn vị</translation>
    </message>
    <message>
        <source>Stopped trusting an office</source>
        <translation>Thôi tin cậy một đơn vị</translation>
    </message>
    <message>
        <source>Created a report</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <source>Recomputed report figures</source>
        <translation>Tính lại số liệu báo cáo</translation>
    </message>
    <message>
        <source>Corrected a report figure</source>
        <translation>Sửa số liệu báo cáo</translation>
    </message>
    <message>
        <source>Removed a figure correction</source>
        <translation>Bỏ số liệu đã sửa</translation>
    </message>
    <message>
        <source>Edited report text</source>
        <translation>Sửa nội dung báo cáo</translation>
    </message>
    <message>
        <source>Edited document details</source>
        <translation>Sửa thông tin văn bản</translation>
    </message>
    <message>
        <source>Approved a report</source>
        <translation>Duyệt báo cáo</translation>
    </message>
    <message>
        <source>Shared a record with another office</source>
        <translation>Chia sẻ hồ sơ với đơn vị khác</translation>
    </message>
    <message>
        <source>Stopped sharing a record</source>
        <translation>Thôi chia sẻ hồ sơ</translation>
    </message>
    <message>
        <source>Changed the key passphrase</source>
        <translation>Đổi mật khẩu khóa</translation>
    </message>
    <message>
        <source>Made a new recovery code of the data</source>
        <translation>Tạo mã khôi phục dữ liệu mới</translation>
    </message>
    <message>
        <source>Changed the office&apos;s keys</source>
        <translation>Đổi khóa của đơn vị</translation>
    </message>
    <message>
        <source>Took another office&apos;s new keys</source>
        <translation>Nhận khóa mới của đơn vị khác</translation>
    </message>
    <message>
        <source>Trusted a revoked key again</source>
        <translation>Tin cậy lại khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Reopened a report</source>
        <translation>Mở lại báo cáo</translation>
    </message>
    <message>
        <source>Started a revised report</source>
        <translation>Lập báo cáo sửa đổi</translation>
    </message>
    <message>
        <source>Discarded a report</source>
        <translation>Hủy báo cáo</translation>
    </message>
    <message>
        <source>Sent a report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <source>Answered a report</source>
        <translation>Trả lời báo cáo</translation>
    </message>
    <message>
        <source>Consolidated reports</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Installed a report template</source>
        <translation>Cài mẫu báo cáo</translation>
    </message>
    <message>
        <source>Saved a plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Deleted a plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Signed a PDF digitally</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <source>Changed the office&apos;s details</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Gộp bản ghi</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Ẩn danh hóa</translation>
    </message>
    <message>
        <source>Sensitive data viewed</source>
        <translation>Xem dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Sensitive data exported</source>
        <translation>Xuất dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Personal-data protection document written</source>
        <translation>Lập văn bản bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Demo data made</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Restored from the backup «{file}»; old site id {old}, new site id {new}.</source>
        <translation>Khôi phục từ bản sao lưu «{file}»; mã trạm cũ {old}, mã trạm mới {new}.</translation>
    </message>
    <message>
        <source>Excel export of {count} rows to «{file}» with the sensitive fields; reason: {reason}</source>
        <translation>Xuất Excel {count} dòng ra tệp «{file}» kèm các trường nhạy cảm; lý do: {reason}</translation>
    </message>
    <message>
        <source>Excel export of {count} rows to «{file}»</source>
        <translation>Xuất Excel {count} dòng vào «{file}»</translation>
    </message>
    <message>
        <source>Imported from the Excel file «{file}»: {counts}</source>
        <translation>Nhập từ tệp Excel «{file}»: {counts}</translation>
    </message>
    <message>
        <source>Printed a list of {count} records «{file}» with the sensitive fields; reason: {reason}</source>
        <translation>In danh sách {count} bản ghi «{file}» kèm các trường nhạy cảm; lý do: {reason}</translation>
    </message>
    <message>
        <source>Printed a list of {count} records «{file}»</source>
        <translation>In danh sách {count} bản ghi «{file}»</translation>
    </message>
    <message>
        <source>Printed an information sheet «{file}»</source>
        <translation>In phiếu thông tin «{file}»</translation>
    </message>
    <message>
        <source>household and relatives</source>
        <translation>hộ và người thân</translation>
    </message>
    <message>
        <source>{count} figures changed</source>
        <translation>{count} số liệu thay đổi</translation>
    </message>
    <message>
        <source>approved before by: {name}</source>
        <translation>phê duyệt trước đó: {name}</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>bản sửa đổi lần {number}</translation>
    </message>
    <message>
        <source>Demo data made (seed {seed}): {households} households, {persons} persons abroad, {contributions} contributions, {commendations} commendations, {consents} consents, {partners} partners, {twinnings} twinning pairs, {activities} activities, {links} links.</source>
        <translation>Tạo dữ liệu mẫu (mã khởi tạo {seed}): {households} hộ, {persons} người ở nước ngoài, {contributions} đóng góp, {commendations} khen thưởng, {consents} đồng ý xử lý dữ liệu, {partners} đối tác, {twinnings} cặp kết nghĩa, {activities} hoạt động, {links} liên kết.</translation>
    </message>
    <message>
        <source>Wrote the personal-data protection document «{file}»</source>
        <translation>Lập văn bản bảo vệ dữ liệu cá nhân «{file}»</translation>
    </message>
    <message>
        <source>erased earlier; re-applied from the erasure journal after a restore</source>
        <translation>đã xóa trước đây; áp dụng lại theo nhật ký xóa dữ liệu sau khi khôi phục</translation>
    </message>
    <message>
        <source>A new recovery code of the data was made; the old one no longer works.</source>
        <translation>Đã tạo mã khôi phục dữ liệu mới; mã cũ không còn dùng được.</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Person taking part in an activity</source>
        <translation>Người tham gia hoạt động</translation>
    </message>
    <message>
        <source>Partner taking part in an activity</source>
        <translation>Đối tác tham gia hoạt động</translation>
    </message>
    <message>
        <source>Twinning pair of an activity</source>
        <translation>Cặp kết nghĩa của hoạt động</translation>
    </message>
    <message>
        <source>Task of an activity</source>
        <translation>Nhiệm vụ của hoạt động</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>merged into {record}</source>
        <translation>gộp vào {record}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>the Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>a Vice-Chairman</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Shared with office</source>
        <translation>Chia sẻ với đơn vị</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Every addition, change and deletion of a record, with who made it and when; also views of sensitive data and personal-data exports.</source>
        <translation>Mọi lần thêm, sửa, xóa bản ghi, ai làm và lúc nào; cả các lần xem dữ liệu nhạy cảm và xuất dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>Mọi loại bản ghi</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Giá trị cũ → mới</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <source>The backup&apos;s passphrase is wrong, or the file was modified. Type the passphrase set when the backup was made again (mind upper and lower case and the Vietnamese keyboard). Your current data has not been changed.</source>
        <translation>Mật khẩu của bản sao lưu không đúng, hoặc tệp đã bị sửa đổi. Hãy nhập lại đúng mật khẩu đã đặt khi tạo bản sao lưu (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt). Dữ liệu hiện có chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The encrypted backup file is damaged or incomplete (perhaps its copying did not finish). Copy the file again from where it was kept and try again. Your current data has not been changed.</source>
        <translation>Tệp sao lưu mã hóa bị hỏng hoặc không đầy đủ (có thể chép chưa xong). Hãy chép lại tệp từ nơi lưu gốc rồi thử lại. Dữ liệu hiện có chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The file «{name}» changed during the backup. Try again.</source>
        <translation>Tệp «{name}» bị thay đổi trong khi sao lưu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>This file is not an encrypted backup of this software (.dnndbak). Choose the right backup file.</source>
        <translation>Tệp này không phải bản sao lưu mã hóa của phần mềm (.dnndbak). Hãy chọn đúng tệp sao lưu.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the software. Install the latest version, then restore again.</source>
        <translation>Bản sao lưu này được tạo bởi phiên bản phần mềm mới hơn. Hãy cài phiên bản mới nhất rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>There is no database to back up yet. Set up the software first.</source>
        <translation>Chưa có cơ sở dữ liệu để sao lưu. Hãy thiết lập phần mềm trước.</translation>
    </message>
    <message>
        <source>Only backups inside the software&apos;s backups folder can be deleted.</source>
        <translation>Chỉ xóa được bản sao lưu nằm trong thư mục sao lưu của phần mềm.</translation>
    </message>
    <message>
        <source>Could not back up the database: {error}. Check that the disk has free space and try again.</source>
        <translation>Không sao lưu được cơ sở dữ liệu: {error}. Hãy kiểm tra ổ đĩa còn chỗ trống và thử lại.</translation>
    </message>
    <message>
        <source>Could not write the backup to {folder}: {error}. Check that the disk has free space and try again.</source>
        <translation>Không ghi được bản sao lưu vào {folder}: {error}. Hãy kiểm tra ổ đĩa còn chỗ trống và thử lại.</translation>
    </message>
    <message>
        <source>Could not write the file «{path}»: {error}. Check that the disk has free space and is not write-protected, then try again.</source>
        <translation>Không ghi được tệp «{path}»: {error}. Hãy kiểm tra ổ đĩa còn chỗ trống và không bị khóa ghi, rồi thử lại.</translation>
    </message>
    <message>
        <source>{problem} Your current data has not been changed.</source>
        <translation>{problem} Dữ liệu hiện có chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup file is damaged (its database cannot be read). Choose another backup.</source>
        <translation>Tệp sao lưu bị hỏng (không đọc được cơ sở dữ liệu). Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>The backup file is damaged (it failed the integrity check). Choose another backup.</source>
        <translation>Tệp sao lưu bị hỏng (kiểm tra toàn vẹn không đạt). Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not one of this software. Choose the right backup file (in the software&apos;s backups folder).</source>
        <translation>Tệp này là cơ sở dữ liệu SQLite nhưng không phải của phần mềm này. Hãy chọn đúng tệp sao lưu (trong thư mục backups của phần mềm).</translation>
    </message>
    <message>
        <source>The backup has no office details yet (it was made before the setup was finished), so it cannot be restored. Choose another backup.</source>
        <translation>Bản sao lưu chưa có thông tin đơn vị (được tạo trước khi thiết lập xong), nên không dùng để khôi phục được. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the software. Install the latest version of the software, then restore again. Your current data has not been changed.</source>
        <translation>Bản sao lưu này được tạo bởi phiên bản phần mềm mới hơn. Hãy cài phiên bản mới nhất của phần mềm rồi khôi phục lại. Dữ liệu hiện có chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The file «{path}» was not found. Check the path.</source>
        <translation>Không tìm thấy tệp «{path}». Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>This file is not a backup of this software (it is not an SQLite database). Choose the right backup file.</source>
        <translation>Tệp này không phải bản sao lưu của phần mềm (không phải cơ sở dữ liệu SQLite). Hãy chọn đúng tệp sao lưu.</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete (perhaps its copying did not finish). Choose another backup.</source>
        <translation>Tệp sao lưu bị hỏng hoặc không đầy đủ (có thể chép chưa xong). Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the passphrase set when it was made.</source>
        <translation>Bản sao lưu này được mã hóa. Hãy nhập mật khẩu đã đặt khi tạo nó.</translation>
    </message>
    <message>
        <source>The backup «{name}» was changed or damaged after it was made (it differs from its checksum file). Your current data has not been changed. Choose another backup.</source>
        <translation>Bản sao lưu «{name}» đã bị thay đổi hoặc hư hỏng sau khi được tạo (khác với tệp mã kiểm tra của nó). Dữ liệu hiện tại của bạn không bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>The backup could not be brought to the current version. Your current data has not been changed. Choose another backup.</source>
        <translation>Bản sao lưu không chuyển được sang phiên bản hiện tại. Dữ liệu hiện có chưa bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>This backup belongs to another office («{office}»), not the office using this computer. To move to that office&apos;s data for good, choose «restore another office&apos;s data» (command: dnnd restore FILE --other-office). Your current data has not been changed.</source>
        <translation>Bản sao lưu này là của đơn vị khác («{office}»), không phải đơn vị đang dùng trên máy này. Nếu muốn chuyển hẳn sang dữ liệu của đơn vị đó, hãy chọn «khôi phục dữ liệu của đơn vị khác» (lệnh: dnnd restore TỆP --other-office). Dữ liệu hiện có chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>Could not write the restored data (the database is busy or the disk failed). Your current data has not been changed. Close the software&apos;s other windows and try again. ({error})</source>
        <translation>Không ghi được dữ liệu khôi phục (cơ sở dữ liệu đang bận hoặc ổ đĩa lỗi). Dữ liệu hiện có chưa bị thay đổi. Hãy đóng các cửa sổ phần mềm khác rồi thử lại. ({error})</translation>
    </message>
    <message>
        <source>Could not write the file «{path}»: {error}. Check that the disk (USB) has free space and is not write-protected, then try again.</source>
        <translation>Không ghi được tệp «{path}»: {error}. Hãy kiểm tra ổ đĩa (USB) còn chỗ trống và không bị khóa ghi, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>BackupKinds</name>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Before a data import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before a software upgrade</source>
        <translation>Trước khi nâng cấp phần mềm</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Made by a user</source>
        <translation>Do người dùng tạo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <source>Deriving the encryption key from the passphrase…</source>
        <translation>Đang tạo khóa mã hóa từ mật khẩu…</translation>
    </message>
    <message>
        <source>Encrypting the backup…</source>
        <translation>Đang mã hóa bản sao lưu…</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Đang giải mã bản sao lưu…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Đang đọc bản sao lưu…</translation>
    </message>
    <message>
        <source>Checking and preparing the restored data…</source>
        <translation>Đang kiểm tra và chuẩn bị dữ liệu khôi phục…</translation>
    </message>
    <message>
        <source>Writing the restored data…</source>
        <translation>Đang ghi dữ liệu khôi phục…</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>Đã khôi phục xong.</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Tệp khác</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The program backs up your data every day you use it, and before every import, upgrade and restore. Backups stay on this laptop; to protect against a lost or broken laptop, or to move to a new one, export an encrypted backup to a USB stick.</source>
        <translation>Phần mềm tự sao lưu dữ liệu mỗi ngày bạn sử dụng, và trước mỗi lần nhập dữ liệu, nâng cấp hay khôi phục. Các bản sao lưu nằm trên chính máy này; để phòng khi mất hoặc hỏng máy, hay để chuyển sang máy mới, hãy xuất bản sao lưu mã hóa ra USB.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Make a backup of the data now (Ctrl+B)</source>
        <translation>Sao lưu dữ liệu ngay bây giờ (Ctrl+B)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Go back to the data of the selected backup</source>
        <translation>Đưa dữ liệu về như trong bản sao lưu đang chọn</translation>
    </message>
    <message>
        <source>Export a backup to move to another laptop…</source>
        <translation>Xuất bản sao lưu để chuyển máy…</translation>
    </message>
    <message>
        <source>An encrypted backup file (.dnndbak) with all data and attachments, protected by a passphrase</source>
        <translation>Tệp sao lưu mã hóa (.dnndbak) chứa toàn bộ dữ liệu và tệp đính kèm, được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <source>Restore a backup file brought from elsewhere (.dnndbak or .sqlite3)</source>
        <translation>Khôi phục từ một tệp sao lưu mang từ nơi khác đến (.dnndbak hoặc .sqlite3)</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>The data is on a database server. Its administrator backs it up (pg_dump on a schedule and WAL archiving), so this program makes no copies of its own: no daily backup and no backup before an import. A backup by hand: the command “dnnd backup FILE.dump”.</source>
        <translation>Dữ liệu nằm trên máy chủ cơ sở dữ liệu. Người quản trị máy chủ sao lưu dữ liệu (pg_dump theo lịch và lưu trữ WAL), nên phần mềm không tự tạo bản sao: không sao lưu hằng ngày và không sao lưu trước khi nhập. Muốn sao lưu thủ công: dùng lệnh “dnnd backup TỆP.dump”.</translation>
    </message>
    <message>
        <source>%1 backups, %2 in all, in %3</source>
        <translation>%1 bản sao lưu, tổng dung lượng %2, trong thư mục %3</translation>
    </message>
    <message>
        <source>No backup yet. Click “Back up now” to make the first one.</source>
        <translation>Chưa có bản sao lưu nào. Nhấn “Sao lưu ngay” để tạo bản đầu tiên.</translation>
    </message>
    <message>
        <source>Backing up the data</source>
        <translation>Đang sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>Save the encrypted backup</source>
        <translation>Lưu bản sao lưu mã hóa</translation>
    </message>
    <message>
        <source>Encrypted backup (*%1)</source>
        <translation>Bản sao lưu mã hóa (*%1)</translation>
    </message>
    <message>
        <source>Writing the encrypted backup</source>
        <translation>Đang ghi bản sao lưu mã hóa</translation>
    </message>
    <message>
        <source>Encrypted backup saved</source>
        <translation>Đã lưu bản sao lưu mã hóa</translation>
    </message>
    <message>
        <source>The encrypted backup was saved to:
%1

On the new laptop, install the program, then open Backups › “Restore from a file…” and type the passphrase. Keep the passphrase safe: without it the backup cannot be opened.</source>
        <translation>Đã lưu bản sao lưu mã hóa vào:
%1

Trên máy mới, hãy cài phần mềm, mở trang Sao lưu › “Khôi phục từ tệp…” rồi nhập mật khẩu. Hãy giữ mật khẩu cẩn thận: không có mật khẩu thì không mở được bản sao lưu.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Backups (*%1 *.sqlite3);;All files (*)</source>
        <translation>Tệp sao lưu (*%1 *.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <source>Backup of another office</source>
        <translation>Bản sao lưu của đơn vị khác</translation>
    </message>
    <message>
        <source>This backup belongs to another office: “%1”.

Restoring it replaces ALL the data on this laptop by that office&apos;s data. Do this only when that office is moving to this laptop.

Replace this laptop&apos;s data by the data of “%1”?</source>
        <translation>Bản sao lưu này là của đơn vị khác: “%1”.

Khôi phục sẽ thay TOÀN BỘ dữ liệu trên máy này bằng dữ liệu của đơn vị đó. Chỉ làm việc này khi chuyển đơn vị đó sang dùng máy này.

Thay dữ liệu trên máy này bằng dữ liệu của “%1”?</translation>
    </message>
    <message>
        <source>Restore the data from the backup made on %1?

The data you have now is replaced by the data in the backup: what was entered after the backup was made will no longer be there. Before restoring, the program backs up the current data (kind “Before a restore”), so you can go back to it.

When the restore is done the program closes; open it again to continue working.</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu lúc %1?

Dữ liệu hiện có sẽ được thay bằng dữ liệu trong bản sao lưu: những gì nhập sau thời điểm sao lưu sẽ không còn. Trước khi khôi phục, phần mềm sao lưu dữ liệu hiện tại (loại “Trước khi khôi phục”) để bạn có thể quay lại nếu cần.

Khôi phục xong, phần mềm sẽ tự đóng; hãy mở lại để làm việc tiếp.</translation>
    </message>
    <message>
        <source>The backup was made by an older version; it is upgraded while restoring.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản cũ hơn; phần mềm sẽ nâng cấp nó trong khi khôi phục.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the data</source>
        <translation>Đang khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>The data was restored.</source>
        <translation>Đã khôi phục dữ liệu.</translation>
    </message>
    <message>
        <source>The data you had before is kept as the backup “%1”.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong bản sao lưu “%1”.</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Khôi phục xong</translation>
    </message>
</context>
<context>
    <name>BorderGroupForm</name>
    <message>
        <source>Name of the group</source>
        <translation>Tên tổ tự quản</translation>
    </message>
    <message>
        <source>For example: the border and marker self-management group of Lung Po village.</source>
        <translation>Ví dụ: Tổ tự quản đường biên, mốc quốc giới thôn Lũng Pô.</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Village or residential group</source>
        <translation>Thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <source>Neighbouring country</source>
        <translation>Nước giáp biên</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Households enrolled</source>
        <translation>Số hộ tham gia tự quản</translation>
    </message>
    <message>
        <source>Length of border line in charge (m)</source>
        <translation>Chiều dài đường biên phụ trách (m)</translation>
    </message>
    <message>
        <source>Border markers in charge</source>
        <translation>Số cột mốc phụ trách</translation>
    </message>
    <message>
        <source>Marker numbers</source>
        <translation>Số hiệu cột mốc</translation>
    </message>
    <message>
        <source>For example: markers 102, 103, 104/1.</source>
        <translation>Ví dụ: mốc 102, 103, 104/1.</translation>
    </message>
    <message>
        <source>Activities (patrols, marker care, reporting)</source>
        <translation>Hoạt động (tuần tra, bảo vệ mốc, thông tin báo cáo)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CellErrors</name>
    <message>
        <source>Invalid date: “{found}”. Type it as day/month/year, for example 15/05/2022.</source>
        <translation>Ngày không hợp lệ: «{found}». Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/05/2022.</translation>
    </message>
    <message>
        <source>Invalid date: “{found}” (only a year: the day and month are missing). Type it as day/month/year, for example 15/05/2022.</source>
        <translation>Ngày không hợp lệ: «{found}» (chỉ có năm, thiếu ngày và tháng). Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/05/2022.</translation>
    </message>
    <message>
        <source>Invalid date: “{found}” (outside the years 1900–2100). Type it as day/month/year, for example 15/05/2022.</source>
        <translation>Ngày không hợp lệ: «{found}» (ngoài khoảng năm 1900–2100). Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/05/2022.</translation>
    </message>
    <message>
        <source>Invalid amount: “{found}”. Type whole đồng with no fraction; a dot only separates thousands, for example 1.234.567 or 1.234.567 đ.</source>
        <translation>Số tiền không hợp lệ: «{found}». Hãy nhập số đồng, không có phần lẻ; dấu chấm chỉ dùng để ngăn cách hàng nghìn, ví dụ 1.234.567 hoặc 1.234.567 đ.</translation>
    </message>
    <message>
        <source>Invalid number: “{found}”. Type a whole number; a dot only separates thousands, for example 25 or 1.234.</source>
        <translation>Số không hợp lệ: «{found}». Hãy nhập số nguyên; dấu chấm chỉ dùng để ngăn cách hàng nghìn, ví dụ 25 hoặc 1.234.</translation>
    </message>
    <message>
        <source>An amount cannot be negative: “{found}”. Type an amount of 0 or more, for example 1.234.567.</source>
        <translation>Số tiền không được âm: «{found}». Hãy nhập số tiền từ 0 trở lên, ví dụ 1.234.567.</translation>
    </message>
    <message>
        <source>Invalid year: “{found}”. Type a year of 4 digits, from {minimum} to {maximum}, for example 1985.</source>
        <translation>Năm không hợp lệ: «{found}». Hãy nhập năm có 4 chữ số, từ {minimum} đến {maximum}, ví dụ 1985.</translation>
    </message>
    <message>
        <source>Invalid value: “{found}”. Type “có” (yes) or “không” (no); x, 1 or 0 also work.</source>
        <translation>Giá trị không hợp lệ: «{found}». Hãy nhập «có» hoặc «không» (có thể dùng x, 1 hoặc 0).</translation>
    </message>
    <message>
        <source>The cell holds a value that cannot be read: “{found}”. Type the cell&apos;s content again.</source>
        <translation>Ô chứa giá trị không đọc được: «{found}». Hãy nhập lại nội dung của ô.</translation>
    </message>
    <message>
        <source>The cell&apos;s content is too long: {length} characters (at most {maximum}). Shorten it or split it over several cells.</source>
        <translation>Nội dung ô quá dài: {length} ký tự (tối đa {maximum}). Hãy rút gọn hoặc tách ra nhiều ô.</translation>
    </message>
    <message>
        <source>the office&apos;s province</source>
        <translation>tỉnh của đơn vị</translation>
    </message>
    <message>
        <source>“{found}” matches several communes and wards ({names}…). Write the full name, for example “Xã Bát Xát”.</source>
        <translation>«{found}» khớp với nhiều xã, phường ({names}…). Hãy ghi đầy đủ tên, ví dụ «Xã Bát Xát».</translation>
    </message>
    <message>
        <source>There is no commune or ward “{found}” in {province} (by the administrative units from 01/7/2025). Write the new commune or ward; put the old address in the column “Địa chỉ cũ”.</source>
        <translation>Không có xã, phường «{found}» trong {province} (theo đơn vị hành chính từ 01/7/2025). Hãy ghi tên xã, phường mới; địa chỉ cũ ghi ở cột «Địa chỉ cũ».</translation>
    </message>
    <message>
        <source>“{found}” is a commune or ward from before 01/7/2025 that is now part of several: {names}. Choose the current one in the list of old addresses, or write it in the cell.</source>
        <translation>“{found}” là xã, phường trước ngày 01/7/2025, nay thuộc nhiều đơn vị: {names}. Hãy chọn đơn vị hiện nay trong danh sách địa chỉ cũ, hoặc ghi vào ô.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>Đổi mật khẩu của khóa</translation>
    </message>
    <message>
        <source>The passphrase protects the office&apos;s key and opens the office&apos;s encrypted data at each start. After the change, only the new passphrase opens the data and signs packages; keep it in a safe place.</source>
        <translation>Mật khẩu bảo vệ khóa của đơn vị và mở dữ liệu đã mã hóa của đơn vị mỗi lần khởi động. Sau khi đổi, chỉ mật khẩu mới mở được dữ liệu và ký được các gói; hãy giữ mật khẩu mới ở nơi an toàn.</translation>
    </message>
    <message>
        <source>The passphrase protects the office&apos;s key. After the change, only the new passphrase opens and signs packages; keep it in a safe place.</source>
        <translation>Mật khẩu bảo vệ khóa của đơn vị. Sau khi đổi, chỉ mật khẩu mới mở và ký được các gói; hãy giữ mật khẩu mới ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Show the passphrases</source>
        <translation>Hiện các mật khẩu</translation>
    </message>
    <message>
        <source>Also make a new recovery code to print (the old code stops working)</source>
        <translation>Tạo luôn mã khôi phục mới để in (mã cũ sẽ không dùng được nữa)</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Đủ mạnh.</translation>
    </message>
    <message>
        <source>Type the current passphrase and the new one.</source>
        <translation>Hãy nhập mật khẩu hiện tại và mật khẩu mới.</translation>
    </message>
    <message>
        <source>The two new passphrases typed differ. Type them again.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau. Hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>data folder (default: the user&apos;s data folder)</source>
        <translation>thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)</translation>
    </message>
    <message>
        <source>database on a server, for example postgresql://user@server/dnnd (default: the variable DNND_DATABASE_URL, the saved setting, or the file in the data folder)</source>
        <translation>cơ sở dữ liệu trên máy chủ, ví dụ postgresql://nguoidung@maychu/dnnd (mặc định: biến DNND_DATABASE_URL, thiết lập đã lưu, hoặc tệp trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
        <source>work as this user</source>
        <translation>làm việc với tư cách người dùng này</translation>
    </message>
    <message>
        <source>language of the output: vi (Vietnamese) or en (English); default: the environment variable DNND_LANG, else vi</source>
        <translation>ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: biến môi trường DNND_LANG, nếu không có thì vi</translation>
    </message>
    <message>
        <source>Software for people-to-people diplomacy and Vietnamese people abroad.</source>
        <translation>Phần mềm công tác đối ngoại nhân dân và người Việt Nam ở nước ngoài.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>open the app (the default)</source>
        <translation>mở phần mềm (mặc định)</translation>
    </message>
    <message>
        <source>a .dnnd package to open and preview before importing</source>
        <translation>gói .dnnd cần mở để xem trước khi nhập</translation>
    </message>
    <message>
        <source>back up the data (a .dnndbak file is encrypted)</source>
        <translation>sao lưu dữ liệu (tệp .dnndbak: có mã hóa)</translation>
    </message>
    <message>
        <source>target file: .dnndbak (encrypted, for moving to another computer) or .sqlite3 (not encrypted); left out: back up into the backups folder</source>
        <translation>tệp đích: .dnndbak (mã hóa, để chuyển máy) hoặc .sqlite3 (không mã hóa); bỏ trống: sao lưu vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>encrypt with a passphrase (the default for .dnndbak)</source>
        <translation>mã hóa bằng mật khẩu (mặc định với .dnndbak)</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>liệt kê các bản sao lưu</translation>
    </message>
    <message>
        <source>restore the data from a backup</source>
        <translation>khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>backup file (.sqlite3 or .dnndbak)</source>
        <translation>tệp sao lưu (.sqlite3 hoặc .dnndbak)</translation>
    </message>
    <message>
        <source>allow restoring another office&apos;s data (switching to that office for good)</source>
        <translation>cho phép khôi phục dữ liệu của đơn vị khác (chuyển hẳn sang đơn vị đó)</translation>
    </message>
    <message>
        <source>only check the file, do not restore</source>
        <translation>chỉ kiểm tra tệp, không khôi phục</translation>
    </message>
    <message>
        <source>conflicts to settle (the same record changed at two offices)</source>
        <translation>xung đột cần xử lý (sửa đồng thời tại hai đơn vị)</translation>
    </message>
    <message>
        <source>the conflicts waiting</source>
        <translation>các xung đột đang chờ xử lý</translation>
    </message>
    <message>
        <source>choose the value to keep for one conflict</source>
        <translation>chọn giá trị giữ lại cho một xung đột</translation>
    </message>
    <message>
        <source>conflict id (see “dnnd conflicts list”)</source>
        <translation>mã xung đột (xem «dnnd conflicts list»)</translation>
    </message>
    <message>
        <source>number of the value to keep (1, 2, … as in the list)</source>
        <translation>số thứ tự giá trị giữ lại (1, 2, … như trong danh sách)</translation>
    </message>
    <message>
        <source>make demo data (for training and trying out)</source>
        <translation>tạo dữ liệu mẫu (để tập huấn, dùng thử)</translation>
    </message>
    <message>
        <source>number of households of relatives of Vietnamese abroad (default 1000)</source>
        <translation>số hộ thân nhân kiều bào (mặc định 1000)</translation>
    </message>
    <message>
        <source>number of activities (default 200)</source>
        <translation>số hoạt động (mặc định 200)</translation>
    </message>
    <message>
        <source>seed number: the same number gives the same data (default 1)</source>
        <translation>số hạt giống: cùng số cho cùng dữ liệu (mặc định 1)</translation>
    </message>
    <message>
        <source>export a list to an Excel file (.xlsx)</source>
        <translation>xuất danh sách ra tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>tệp .xlsx sẽ ghi</translation>
    </message>
    <message>
        <source>write a blank template to fill in and import</source>
        <translation>ghi tệp mẫu trống để điền rồi nhập</translation>
    </message>
    <message>
        <source>include the sensitive fields (ethnicity, religion, ID numbers, residence status, wishes); needs the Leader or Administrator role and --reason</source>
        <translation>xuất cả các trường nhạy cảm (dân tộc, tôn giáo, số giấy tờ tùy thân, tình trạng cư trú, tâm tư nguyện vọng); cần vai trò Lãnh đạo hoặc Quản trị và --reason</translation>
    </message>
    <message>
        <source>why the sensitive fields are included (written to the audit log)</source>
        <translation>lý do xuất các trường nhạy cảm (ghi vào nhật ký)</translation>
    </message>
    <message>
        <source>only export the records matching the search words</source>
        <translation>chỉ xuất các bản ghi khớp từ tìm kiếm</translation>
    </message>
    <message>
        <source>the office&apos;s identity card</source>
        <translation>thẻ định danh của đơn vị</translation>
    </message>
    <message>
        <source>see the office id and the fingerprint</source>
        <translation>xem mã đơn vị và dấu vân tay</translation>
    </message>
    <message>
        <source>export the identity card to a file to send to other offices</source>
        <translation>xuất thẻ định danh ra tệp để gửi đơn vị khác</translation>
    </message>
    <message>
        <source>the identity card file to make (for example the-dinh-danh.dnndid)</source>
        <translation>tệp thẻ định danh cần tạo (ví dụ the-dinh-danh.dnndid)</translation>
    </message>
    <message>
        <source>change the passphrase that protects the office&apos;s keys</source>
        <translation>đổi mật khẩu bảo vệ khóa của đơn vị</translation>
    </message>
    <message>
        <source>make new keys for the office (after a laptop was lost or the passphrase leaked)</source>
        <translation>tạo khóa mới cho đơn vị (khi mất máy hoặc lộ mật khẩu)</translation>
    </message>
    <message>
        <source>folder for the packages announcing the new keys, one per trusted office</source>
        <translation>thư mục chứa các gói thông báo khóa mới, mỗi đơn vị tin cậy một gói</translation>
    </message>
    <message>
        <source>import a list from an Excel file (.xlsx)</source>
        <translation>nhập danh sách từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>.xlsx file</source>
        <translation>tệp .xlsx</translation>
    </message>
    <message>
        <source>only check, write nothing</source>
        <translation>chỉ kiểm tra, không ghi gì</translation>
    </message>
    <message>
        <source>skip the rows with errors, import the valid rows</source>
        <translation>bỏ qua dòng lỗi, nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>write the rows with errors and the reasons to this file</source>
        <translation>ghi các dòng lỗi kèm lý do vào tệp này</translation>
    </message>
    <message>
        <source>add values not in a list (relation, residence status…) to the office&apos;s lists; by default they are kept as written</source>
        <translation>thêm các giá trị chưa có trong danh mục (quan hệ, diện cư trú…) vào danh mục của cơ quan; mặc định giữ nguyên như đã ghi</translation>
    </message>
    <message>
        <source>refuse rows with values not in a list</source>
        <translation>không nhập các dòng có giá trị chưa có trong danh mục</translation>
    </message>
    <message>
        <source>.dnnd data packages (signed, encrypted) between offices</source>
        <translation>gói dữ liệu .dnnd (ký, mã hóa) gửi giữa các đơn vị</translation>
    </message>
    <message>
        <source>make a package for other offices</source>
        <translation>tạo gói gửi đơn vị khác</translation>
    </message>
    <message>
        <source>id of the receiving office (several ids separated by commas)</source>
        <translation>mã đơn vị nhận (nhiều mã cách nhau dấu phẩy)</translation>
    </message>
    <message>
        <source>report to send (default: every approved report)</source>
        <translation>báo cáo cần gửi (mặc định: mọi báo cáo đã phê duyệt)</translation>
    </message>
    <message>
        <source>plan file (tasks package; see docs/plan-format.md)</source>
        <translation>tệp kế hoạch (gói nhiệm vụ; xem docs/plan-format.md)</translation>
    </message>
    <message>
        <source>the .dnnd file to make</source>
        <translation>tệp .dnnd cần tạo</translation>
    </message>
    <message>
        <source>check a package&apos;s signature without importing it</source>
        <translation>kiểm tra chữ ký gói mà không nhập</translation>
    </message>
    <message>
        <source>import a package received</source>
        <translation>nhập gói nhận được</translation>
    </message>
    <message>
        <source>only preview, write nothing</source>
        <translation>chỉ xem trước, không ghi gì</translation>
    </message>
    <message>
        <source>the packages sent and received</source>
        <translation>các gói đã gửi và đã nhận</translation>
    </message>
    <message>
        <source>province office: lower offices, plans, reports, consolidation</source>
        <translation>văn phòng tỉnh: đơn vị cấp dưới, kế hoạch, báo cáo, tổng hợp</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>VIỆC</translation>
    </message>
    <message>
        <source>the lower offices registered</source>
        <translation>các đơn vị cấp dưới đã đăng ký</translation>
    </message>
    <message>
        <source>also the offices no longer trusted</source>
        <translation>cả đơn vị đã thu hồi tin cậy</translation>
    </message>
    <message>
        <source>register a lower office from its identity card</source>
        <translation>đăng ký đơn vị cấp dưới từ thẻ định danh</translation>
    </message>
    <message>
        <source>the office&apos;s identity card file</source>
        <translation>tệp thẻ định danh của đơn vị</translation>
    </message>
    <message>
        <source>the fingerprint the office read out by telephone (30 digits)</source>
        <translation>dấu vân tay đơn vị đọc qua điện thoại (30 chữ số)</translation>
    </message>
    <message>
        <source>plans and guidance sent to lower offices</source>
        <translation>kế hoạch, hướng dẫn gửi cấp dưới</translation>
    </message>
    <message>
        <source>the plans drafted and sent</source>
        <translation>các kế hoạch đã soạn, đã gửi</translation>
    </message>
    <message>
        <source>a plan as PLAN.json</source>
        <translation>kế hoạch dạng PLAN.json</translation>
    </message>
    <message>
        <source>save a plan (draft) from a PLAN.json file</source>
        <translation>lưu kế hoạch (bản nháp) từ tệp PLAN.json</translation>
    </message>
    <message>
        <source>read a plan document (Word .docx, PDF or text file) into a draft plan</source>
        <translation>đọc văn bản kế hoạch (tệp Word .docx, PDF hoặc tệp chữ) thành kế hoạch nháp</translation>
    </message>
    <message>
        <source>write a PLAN.json file instead of saving into the data</source>
        <translation>ghi ra tệp PLAN.json thay vì lưu vào dữ liệu</translation>
    </message>
    <message>
        <source>make tasks packages for the lower offices</source>
        <translation>tạo gói nhiệm vụ gửi các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>plan id, or a PLAN.json file</source>
        <translation>mã kế hoạch, hoặc tệp PLAN.json</translation>
    </message>
    <message>
        <source>folder to save the packages in</source>
        <translation>thư mục lưu các gói</translation>
    </message>
    <message>
        <source>only these offices (ids separated by commas); default: every lower office</source>
        <translation>chỉ các đơn vị này (mã, cách nhau dấu phẩy); mặc định: mọi đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>one package shared by every receiving office</source>
        <translation>một gói chung cho mọi đơn vị nhận</translation>
    </message>
    <message>
        <source>reports received from lower offices</source>
        <translation>báo cáo nhận được từ cấp dưới</translation>
    </message>
    <message>
        <source>acknowledge a lower office&apos;s report</source>
        <translation>tiếp nhận báo cáo của cấp dưới</translation>
    </message>
    <message>
        <source>return a report for the office to correct (a comment is needed)</source>
        <translation>trả lại báo cáo để đơn vị sửa (cần ý kiến)</translation>
    </message>
    <message>
        <source>a package of answers to reports for one lower office</source>
        <translation>gói trả lời báo cáo cho một đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>how reports were sent: on time, late, not yet</source>
        <translation>tình hình gửi báo cáo: đúng hạn, muộn, chưa gửi</translation>
    </message>
    <message>
        <source>as of this day (YYYY-MM-DD), default today</source>
        <translation>tính đến ngày này (YYYY-MM-DD), mặc định hôm nay</translation>
    </message>
    <message>
        <source>export to an Excel file</source>
        <translation>xuất ra tệp Excel</translation>
    </message>
    <message>
        <source>the province&apos;s consolidated report from the lower offices&apos; reports</source>
        <translation>báo cáo tổng hợp của tỉnh từ báo cáo cấp dưới</translation>
    </message>
    <message>
        <source>consolidate again if the consolidated report exists</source>
        <translation>tổng hợp lại nếu báo cáo tổng hợp đã có</translation>
    </message>
    <message>
        <source>.pdf, .docx and/or .xlsx files to export</source>
        <translation>các tệp .pdf, .docx và/hoặc .xlsx cần xuất</translation>
    </message>
    <message>
        <source>periodic reports: create, list, approve, export</source>
        <translation>báo cáo định kỳ: tạo, liệt kê, phê duyệt, xuất</translation>
    </message>
    <message>
        <source>report id</source>
        <translation>mã báo cáo</translation>
    </message>
    <message>
        <source>create a new report, its figures computed from the period&apos;s data</source>
        <translation>tạo báo cáo mới, số liệu tính từ dữ liệu của kỳ</translation>
    </message>
    <message>
        <source>reporting period: 2026, 2026-H1, 2026-Q3, 2026-9M, 2026-05; a review over several years: 2020-2025 (final), 2020-2022-MID (mid-term)</source>
        <translation>kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-9M, 2026-05; kỳ sơ kết, tổng kết nhiều năm: 2020-2025 (tổng kết), 2020-2022-MID (sơ kết)</translation>
    </message>
    <message>
        <source>report template code (default: the built-in template)</source>
        <translation>mã mẫu báo cáo (mặc định: mẫu có sẵn)</translation>
    </message>
    <message>
        <source>list the reports</source>
        <translation>liệt kê các báo cáo</translation>
    </message>
    <message>
        <source>only this period</source>
        <translation>chỉ kỳ này</translation>
    </message>
    <message>
        <source>see the figures and text of one report</source>
        <translation>xem số liệu và nội dung một báo cáo</translation>
    </message>
    <message>
        <source>mark blank hand-entered figures or empty sections «không phát sinh» (nothing arose)</source>
        <translation>đánh dấu «không phát sinh» cho số liệu nhập tay còn trống hoặc phần nội dung còn trống</translation>
    </message>
    <message>
        <source>an indicator code, or section:CODE for a section</source>
        <translation>mã chỉ tiêu, hoặc section:MÃ cho một phần nội dung</translation>
    </message>
    <message>
        <source>approve a report (the Leader role)</source>
        <translation>phê duyệt báo cáo (vai trò Lãnh đạo)</translation>
    </message>
    <message>
        <source>list the records behind one figure of a report</source>
        <translation>liệt kê các bản ghi tạo nên một số liệu của báo cáo</translation>
    </message>
    <message>
        <source>indicator code, or CODE/KEY for one row of its breakdown (act_total/CN)</source>
        <translation>mã chỉ tiêu, hoặc MÃ/KHÓA cho một dòng chi tiết của chỉ tiêu (act_total/CN)</translation>
    </message>
    <message>
        <source>export a report to PDF (the document) or Excel</source>
        <translation>xuất báo cáo ra PDF (văn bản) hoặc Excel</translation>
    </message>
    <message>
        <source>target file .pdf, .docx or .xlsx</source>
        <translation>tệp đích .pdf, .docx hoặc .xlsx</translation>
    </message>
    <message>
        <source>the reports due, overdue and sent</source>
        <translation>các báo cáo đến hạn, quá hạn, đã gửi</translation>
    </message>
    <message>
        <source>count from this day (YYYY-MM-DD), default today</source>
        <translation>tính theo ngày này (YYYY-MM-DD), mặc định hôm nay</translation>
    </message>
    <message>
        <source>find records (no need to type tone marks)</source>
        <translation>tìm bản ghi (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>what to find, for example: nguyen van duc</source>
        <translation>nội dung cần tìm, ví dụ: nguyen van duc</translation>
    </message>
    <message>
        <source>only search one kind of record</source>
        <translation>chỉ tìm trong một loại bản ghi</translation>
    </message>
    <message>
        <source>largest number of results (default 20)</source>
        <translation>số kết quả tối đa (mặc định 20)</translation>
    </message>
    <message>
        <source>check the installation</source>
        <translation>tự kiểm tra bản cài đặt</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>only run this check (may be repeated)</source>
        <translation>chỉ chạy phần kiểm tra này (có thể lặp lại)</translation>
    </message>
    <message>
        <source>first setup of the office</source>
        <translation>thiết lập ban đầu cho đơn vị</translation>
    </message>
    <message>
        <source>level: province, district, commune</source>
        <translation>cấp: province, district, commune</translation>
    </message>
    <message>
        <source>province name or code, for example &quot;Lào Cai&quot; or &quot;15&quot;</source>
        <translation>tên hoặc mã tỉnh, ví dụ &quot;Lào Cai&quot; hoặc &quot;15&quot;</translation>
    </message>
    <message>
        <source>commune/ward (&quot;Bát Xát&quot;), district name, or the province itself</source>
        <translation>xã/phường (&quot;Bát Xát&quot;), tên huyện, hoặc chính tỉnh</translation>
    </message>
    <message>
        <source>name of the office</source>
        <translation>tên đơn vị</translation>
    </message>
    <message>
        <source>name of the first user</source>
        <translation>tên người dùng đầu tiên</translation>
    </message>
    <message>
        <source>document symbol, default MTTQ-BTT</source>
        <translation>ký hiệu văn bản, mặc định MTTQ-BTT</translation>
    </message>
    <message>
        <source>place name on the date line</source>
        <translation>địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>the body above, at the top left of documents</source>
        <translation>cơ quan cấp trên ở góc trái văn bản</translation>
    </message>
    <message>
        <source>trust another office&apos;s identity card</source>
        <translation>tin cậy thẻ định danh của đơn vị khác</translation>
    </message>
    <message>
        <source>the identity card file received</source>
        <translation>tệp thẻ định danh nhận được</translation>
    </message>
    <message>
        <source>the fingerprint the other office read out by telephone (30 digits)</source>
        <translation>dấu vân tay đơn vị kia đọc qua điện thoại (30 chữ số)</translation>
    </message>
    <message>
        <source>relation: parent, lower, peer (default: by level)</source>
        <translation>quan hệ: parent, lower, peer (mặc định theo cấp)</translation>
    </message>
    <message>
        <source>the fingerprint was compared, do not ask again</source>
        <translation>đã đối chiếu dấu vân tay, không hỏi lại</translation>
    </message>
    <message>
        <source>trust a revoked key again (only after calling the office; recorded in the audit log)</source>
        <translation>tin cậy lại một khóa đã bị thu hồi (chỉ sau khi đã gọi điện cho đơn vị đó; được ghi vào nhật ký)</translation>
    </message>
    <message>
        <source>list the offices trusted</source>
        <translation>liệt kê các đơn vị đã tin cậy</translation>
    </message>
    <message>
        <source>stop trusting (office id or key id)</source>
        <translation>thu hồi tin cậy (mã đơn vị hoặc mã khóa)</translation>
    </message>
    <message>
        <source>exchange data packages by USB stick (or a shared folder)</source>
        <translation>trao đổi gói dữ liệu qua USB (hoặc thư mục dùng chung)</translation>
    </message>
    <message>
        <source>USB drive or folder (packages are in FOLDER/DNND/&lt;office id&gt;/)</source>
        <translation>ổ USB hoặc thư mục (gói nằm trong FOLDER/DNND/&lt;mã đơn vị&gt;/)</translation>
    </message>
    <message>
        <source>personal-data protection documents: processing register, impact assessment, breach notice</source>
        <translation>văn bản bảo vệ dữ liệu cá nhân: sổ ghi nhận hoạt động xử lý, hồ sơ đánh giá tác động, thông báo vi phạm</translation>
    </message>
    <message>
        <source>register: the processing register; impact: the impact-assessment dossier; breach: the 72-hour data-breach notice</source>
        <translation>register: sổ ghi nhận hoạt động xử lý; impact: hồ sơ đánh giá tác động; breach: thông báo vi phạm trong 72 giờ</translation>
    </message>
    <message>
        <source>the .pdf or .docx file to write</source>
        <translation>tệp .pdf hoặc .docx cần ghi</translation>
    </message>
    <message>
        <source>breach notice: read the audit log from this day (YYYY-MM-DD), default the last 30 days</source>
        <translation>thông báo vi phạm: đọc nhật ký từ ngày này (YYYY-MM-DD), mặc định 30 ngày gần nhất</translation>
    </message>
    <message>
        <source>share records with another office (they then go to it in sync packages)</source>
        <translation>chia sẻ hồ sơ với một đơn vị khác (hồ sơ sẽ được gửi cho đơn vị đó trong các gói đồng bộ)</translation>
    </message>
    <message>
        <source>id of the office to share with (see “dnnd trust list”)</source>
        <translation>mã của đơn vị được chia sẻ (xem “dnnd trust list”)</translation>
    </message>
    <message>
        <source>record kind, e.g. twinning</source>
        <translation>loại hồ sơ, ví dụ twinning</translation>
    </message>
    <message>
        <source>ids of the records (none: every record of this kind your office owns)</source>
        <translation>mã các hồ sơ (để trống: mọi hồ sơ loại này do đơn vị mình quản lý)</translation>
    </message>
    <message>
        <source>undo the import of a package (restore the last backup before it, import the others again)</source>
        <translation>hoàn tác việc nhập một gói (khôi phục bản sao lưu gần nhất trước đó, nhập lại các gói khác)</translation>
    </message>
    <message>
        <source>id of the imported package (see “dnnd package log”)</source>
        <translation>mã của gói đã nhập (xem “dnnd package log”)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Command syntax error: {error}</source>
        <translation>Lỗi cú pháp lệnh: {error}</translation>
    </message>
    <message>
        <source>See the help: dnnd --help</source>
        <translation>Xem hướng dẫn: dnnd --help</translation>
    </message>
    <message>
        <source>Stopped as asked. No change was left half done.</source>
        <translation>Đã dừng theo yêu cầu. Không có thay đổi nào dở dang.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase is needed. Set the environment variable DNND_BACKUP_PASSPHRASE or run the command in a terminal window to type it.</source>
        <translation>Cần mật khẩu của bản sao lưu. Hãy đặt biến môi trường DNND_BACKUP_PASSPHRASE hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase: </source>
        <translation>Mật khẩu của bản sao lưu: </translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backed up: {path} ({size}).</source>
        <translation>Đã sao lưu: {path} ({size}).</translation>
    </message>
    <message>
        <source>Command syntax error: give the file name the ending {suffix} (encrypted, for moving to another computer) or .sqlite3 (not encrypted), or add --encrypt.</source>
        <translation>Lỗi cú pháp lệnh: hãy đặt tên tệp có đuôi {suffix} (có mã hóa, để chuyển máy) hoặc .sqlite3 (không mã hóa), hoặc thêm --encrypt.</translation>
    </message>
    <message>
        <source>The file “{path}” already exists. Choose another name so the old file is not overwritten.</source>
        <translation>Tệp «{path}» đã có. Hãy chọn tên khác để không ghi đè lên tệp cũ.</translation>
    </message>
    <message>
        <source>With a database on a server, the backup command makes a pg_dump file (.dump); the list and the encryption are the business of the server&apos;s backup schedule (see docs/server.md).</source>
        <translation>Với cơ sở dữ liệu trên máy chủ, lệnh sao lưu tạo tệp pg_dump (.dump); danh sách và mã hóa do lịch sao lưu của máy chủ đảm nhận (xem docs/server.md).</translation>
    </message>
    <message>
        <source>Backing up the database on the server (pg_dump)…</source>
        <translation>Đang sao lưu cơ sở dữ liệu trên máy chủ (pg_dump)…</translation>
    </message>
    <message>
        <source>Backed up the server&apos;s database: {path} ({size}). The file is NOT encrypted; keep it safe.</source>
        <translation>Đã sao lưu cơ sở dữ liệu máy chủ: {path} ({size}). Tệp KHÔNG được mã hóa; hãy cất giữ cẩn thận.</translation>
    </message>
    <message>
        <source>With a database on a server, check the file with: pg_restore --list “{path}”.</source>
        <translation>Với cơ sở dữ liệu trên máy chủ, hãy kiểm tra tệp bằng: pg_restore --list «{path}».</translation>
    </message>
    <message>
        <source>Restoring into an empty database on the server (pg_restore)…</source>
        <translation>Đang khôi phục vào cơ sở dữ liệu trống trên máy chủ (pg_restore)…</translation>
    </message>
    <message>
        <source>Restored “{file}” into the server&apos;s database. The installation got a new site id, so it syncs correctly with the other offices.</source>
        <translation>Đã khôi phục «{file}» vào cơ sở dữ liệu máy chủ. Bản cài đặt đã nhận mã trạm mới để đồng bộ đúng với các đơn vị khác.</translation>
    </message>
    <message>
        <source>Making the encrypted backup…</source>
        <translation>Đang tạo bản sao lưu mã hóa…</translation>
    </message>
    <message>
        <source>Note: this file is NOT encrypted and holds personal data; keep it safe. To copy to another computer, use a {suffix} file.</source>
        <translation>Lưu ý: tệp này KHÔNG được mã hóa và chứa dữ liệu cá nhân; hãy cất giữ cẩn thận. Để chép sang máy khác, hãy dùng tệp {suffix}.</translation>
    </message>
    <message>
        <source>Backed up (encrypted): {path} ({size}).</source>
        <translation>Đã sao lưu (có mã hóa): {path} ({size}).</translation>
    </message>
    <message>
        <source>The backup file is sound: {office} (data version {revision}); it belongs to ANOTHER office.</source>
        <translation>Tệp sao lưu tốt: {office} (phiên bản dữ liệu {revision}); là của đơn vị KHÁC.</translation>
    </message>
    <message>
        <source>The backup file is sound: {office} (data version {revision}).</source>
        <translation>Tệp sao lưu tốt: {office} (phiên bản dữ liệu {revision}).</translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation>Đang kiểm tra và khôi phục…</translation>
    </message>
    <message>
        <source>Restored the data of {office} from “{file}”.</source>
        <translation>Đã khôi phục dữ liệu của {office} từ «{file}».</translation>
    </message>
    <message>
        <source>The data from before the restore is kept in: {path}</source>
        <translation>Dữ liệu trước khi khôi phục được giữ ở: {path}</translation>
    </message>
    <message>
        <source>The installation got a new site id, so it syncs correctly with the other offices.</source>
        <translation>Bản cài đặt đã nhận mã trạm mới để đồng bộ đúng với các đơn vị khác.</translation>
    </message>
    <message>
        <source>The office&apos;s key passphrase is needed. Set the environment variable DNND_PASSPHRASE or run the command in a terminal window to type it.</source>
        <translation>Cần mật khẩu khóa của đơn vị. Hãy đặt biến môi trường DNND_PASSPHRASE hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.</translation>
    </message>
    <message>
        <source>The office&apos;s key passphrase: </source>
        <translation>Mật khẩu khóa của đơn vị: </translation>
    </message>
    <message>
        <source>Type it again to confirm: </source>
        <translation>Nhập lại để xác nhận: </translation>
    </message>
    <message>
        <source>The two passphrases typed differ. Run the command again.</source>
        <translation>Hai lần nhập mật khẩu không khớp nhau. Hãy chạy lại lệnh.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <source>Delete or keep the record</source>
        <translation>Xóa hay giữ bản ghi</translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation>xóa bản ghi</translation>
    </message>
    <message>
        <source>keep the record (edited)</source>
        <translation>giữ bản ghi (đã sửa)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>{value} (shown now)</source>
        <translation>{value} (đang hiển thị)</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Không có xung đột nào cần xử lý.</translation>
    </message>
    <message>
        <source>{count} conflicts to settle (choose with “dnnd conflicts resolve ID --keep NUMBER”):</source>
        <translation>{count} xung đột cần xử lý (chọn bằng «dnnd conflicts resolve MÃ --keep SỐ»):</translation>
    </message>
    <message>
        <source>There is no conflict with the id “{id}”. See the list with “dnnd conflicts list”.</source>
        <translation>Không có xung đột mã «{id}». Hãy xem danh sách bằng «dnnd conflicts list».</translation>
    </message>
    <message>
        <source>This conflict has {count} values; choose --keep from 1 to {count}.</source>
        <translation>Xung đột này có {count} giá trị; hãy chọn --keep từ 1 đến {count}.</translation>
    </message>
    <message>
        <source>Conflict settled: kept “{value}” for the {field} of the {kind} “{record}”. This choice will be sent to the other offices in the next sync package.</source>
        <translation>Đã xử lý xung đột: giữ «{value}» cho {field} của {kind} «{record}». Lựa chọn này sẽ được gửi tới các đơn vị khác trong gói đồng bộ sau.</translation>
    </message>
    <message>
        <source>Making demo data: {households} households, {activities} activities…</source>
        <translation>Đang tạo dữ liệu mẫu: {households} hộ, {activities} hoạt động…</translation>
    </message>
    <message>
        <source>Demo data made in {seconds} seconds:</source>
        <translation>Đã tạo dữ liệu mẫu trong {seconds} giây:</translation>
    </message>
    <message>
        <source>  {households} households of relatives of Vietnamese abroad, {persons} people abroad</source>
        <translation>  {households} hộ thân nhân kiều bào, {persons} người ở nước ngoài</translation>
    </message>
    <message>
        <source>  {contributions} contributions, {commendations} commendations, {consents} consent documents</source>
        <translation>  {contributions} đóng góp, {commendations} khen thưởng, {consents} văn bản đồng ý</translation>
    </message>
    <message>
        <source>  {partners} partners, {twinnings} twinning pairs, {activities} activities, {links} links</source>
        <translation>  {partners} đối tác, {twinnings} cặp kết nghĩa, {activities} hoạt động, {links} liên kết</translation>
    </message>
    <message>
        <source>Left out for want of valid consent to print and export lists: {households} households, {persons} persons abroad:</source>
        <translation>Không đưa vào tệp do chưa có sự đồng ý hợp lệ cho việc in, xuất danh sách: {households} hộ, {persons} người ở nước ngoài:</translation>
    </message>
    <message>
        <source>  (the first {shown} are listed)</source>
        <translation>  (liệt kê {shown} trường hợp đầu)</translation>
    </message>
    <message>
        <source>Template written: {path}</source>
        <translation>Đã ghi tệp mẫu: {path}</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>Đã xuất {count} dòng vào {path}</translation>
    </message>
    <message>
        <source>Office id: {id}</source>
        <translation>Mã đơn vị: {id}</translation>
    </message>
    <message>
        <source>Computer id: {id}</source>
        <translation>Mã máy: {id}</translation>
    </message>
    <message>
        <source>Fingerprint (read it out by telephone to compare):</source>
        <translation>Dấu vân tay (đọc qua điện thoại để đối chiếu):</translation>
    </message>
    <message>
        <source>Identity card written to: {path}</source>
        <translation>Đã ghi thẻ định danh vào: {path}</translation>
    </message>
    <message>
        <source>The new key passphrase: </source>
        <translation>Mật khẩu mới của khóa: </translation>
    </message>
    <message>
        <source>The key passphrase was changed. Keep the new passphrase in a safe place.</source>
        <translation>Đã đổi mật khẩu của khóa. Hãy giữ mật khẩu mới ở nơi an toàn.</translation>
    </message>
    <message>
        <source>The new key passphrase is needed. Set the environment variable DNND_NEW_PASSPHRASE or run the command in a terminal window to type it.</source>
        <translation>Cần mật khẩu mới của khóa. Hãy đặt biến môi trường DNND_NEW_PASSPHRASE hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.</translation>
    </message>
    <message>
        <source>The office has new keys. New fingerprint: {fingerprint}</source>
        <translation>Đơn vị đã có khóa mới. Dấu vân tay mới: {fingerprint}</translation>
    </message>
    <message>
        <source>Send each of these {count} packages to its office (they are signed with the old key, so the offices take the new one):</source>
        <translation>Hãy gửi từng gói trong {count} gói sau đến đúng đơn vị (các gói được ký bằng khóa cũ để các đơn vị nhận khóa mới):</translation>
    </message>
    <message>
        <source>  Row {row}: {reason}</source>
        <translation>  Dòng {row}: {reason}</translation>
    </message>
    <message>
        <source>  … and {count} more rows with errors.</source>
        <translation>  … và {count} dòng lỗi khác.</translation>
    </message>
    <message>
        <source>{count} rows have errors, so no row was imported. {summary} The rows with errors and the reasons were written to “{file}”. Correct them and import again, or use --skip-invalid to import only the valid rows.</source>
        <translation>Có {count} dòng lỗi nên chưa nhập dòng nào. {summary} Các dòng lỗi và lý do đã ghi vào «{file}». Sửa rồi nhập lại, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>{count} rows have errors, so no row was imported. {summary} Use --errors LOI.xlsx to write the rows with errors and the reasons. Correct them and import again, or use --skip-invalid to import only the valid rows.</source>
        <translation>Có {count} dòng lỗi nên chưa nhập dòng nào. {summary} Dùng --errors LOI.xlsx để ghi các dòng lỗi kèm lý do. Sửa rồi nhập lại, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Would import {count} rows (a trial run, nothing written).</source>
        <translation>Sẽ nhập {count} dòng (chạy thử, chưa ghi gì).</translation>
    </message>
    <message>
        <source>Imported {count} rows. The backup from before the import: {backup}</source>
        <translation>Đã nhập {count} dòng. Bản sao lưu trước khi nhập: {backup}</translation>
    </message>
    <message>
        <source>Imported {count} rows.</source>
        <translation>Đã nhập {count} dòng.</translation>
    </message>
    <message>
        <source>Making the data package…</source>
        <translation>Đang tạo gói dữ liệu…</translation>
    </message>
    <message>
        <source>Created the {kind} package “{path}” ({size} bytes) — {contents}, version {version}.</source>
        <translation>Đã tạo gói {kind} «{path}» ({size} byte) — {contents}, phiên bản {version}.</translation>
    </message>
    <message>
        <source>Created the {kind} package “{path}” ({size} bytes), version {version}.</source>
        <translation>Đã tạo gói {kind} «{path}» ({size} byte), phiên bản {version}.</translation>
    </message>
    <message>
        <source>Created the {kind} package “{path}” ({size} bytes) — {contents}.</source>
        <translation>Đã tạo gói {kind} «{path}» ({size} byte) — {contents}.</translation>
    </message>
    <message>
        <source>Created the {kind} package “{path}” ({size} bytes).</source>
        <translation>Đã tạo gói {kind} «{path}» ({size} byte).</translation>
    </message>
    <message>
        <source>Valid package: {kind} from “{sender}”, made at {created} (UTC).</source>
        <translation>Gói hợp lệ: {kind} từ «{sender}», tạo lúc {created} (UTC).</translation>
    </message>
    <message>
        <source>Valid package: {kind} from “{sender}”, made at {created} (UTC); imported before.</source>
        <translation>Gói hợp lệ: {kind} từ «{sender}», tạo lúc {created} (UTC); đã nhập trước đây.</translation>
    </message>
    <message>
        <source>Valid package: {kind} from “{sender}”, made at {created} (UTC); this package is NOT addressed to your office.</source>
        <translation>Gói hợp lệ: {kind} từ «{sender}», tạo lúc {created} (UTC); gói này KHÔNG gửi cho đơn vị bạn.</translation>
    </message>
    <message>
        <source>Valid package: {kind} from “{sender}”, made at {created} (UTC); this package is NOT addressed to your office; imported before.</source>
        <translation>Gói hợp lệ: {kind} từ «{sender}», tạo lúc {created} (UTC); gói này KHÔNG gửi cho đơn vị bạn; đã nhập trước đây.</translation>
    </message>
    <message>
        <source>{at} received {kind} from {sender}</source>
        <translation>{at} nhận {kind} từ {sender}</translation>
    </message>
    <message>
        <source>{at} sent {kind} to {recipients}</source>
        <translation>{at} gửi {kind} tới {recipients}</translation>
    </message>
    <message>
        <source>No packages yet.</source>
        <translation>Chưa có gói nào.</translation>
    </message>
    <message>
        <source>Report id: {id}</source>
        <translation>Mã báo cáo: {id}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <source>{label}: {value} {unit} [edited by hand: {note}]</source>
        <translation>{label}: {value} {unit} [sửa tay: {note}]</translation>
    </message>
    <message>
        <source>{label}: {value} {unit}</source>
        <translation>{label}: {value} {unit}</translation>
    </message>
    <message>
        <source>Report created.</source>
        <translation>Đã tạo báo cáo.</translation>
    </message>
    <message>
        <source>No reports yet. Create one: dnnd report new --period 2026-H1</source>
        <translation>Chưa có báo cáo nào. Tạo báo cáo: dnnd report new --period 2026-H1</translation>
    </message>
    <message>
        <source>{title} (amendment {number})</source>
        <translation>{title} (sửa đổi lần {number})</translation>
    </message>
    <message>
        <source>Marked «không phát sinh»: {count}. Still missing: {missing}.</source>
        <translation>Đã đánh dấu «không phát sinh»: {count}. Còn thiếu: {missing}.</translation>
    </message>
    <message>
        <source>Approved: {title} (approved by: {approver}).</source>
        <translation>Đã phê duyệt: {title} (người phê duyệt: {approver}).</translation>
    </message>
    <message>
        <source>Entered by hand by {name} at {at}: {note}</source>
        <translation>Do {name} nhập tay lúc {at}: {note}</translation>
    </message>
    <message>
        <source>Exported the report to the file {path}.</source>
        <translation>Đã xuất báo cáo ra tệp {path}.</translation>
    </message>
    <message>
        <source>Give the file name the ending .pdf or .docx.</source>
        <translation>Hãy đặt tên tệp có đuôi .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>The date “{date}” is not valid; write YYYY-MM-DD, for example 2026-05-15.</source>
        <translation>Ngày «{date}» không hợp lệ; hãy ghi YYYY-MM-DD, ví dụ 2026-05-15.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <source>{report} ({days} days left)</source>
        <translation>{report} (còn {days} ngày)</translation>
    </message>
    <message>
        <source>{report} ({days} days late)</source>
        <translation>{report} (quá {days} ngày)</translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>Không có báo cáo nào đến hạn.</translation>
    </message>
    <message>
        <source>No record matches “{text}”.</source>
        <translation>Không tìm thấy bản ghi nào khớp với «{text}».</translation>
    </message>
    <message>
        <source>… and {count} more results (use --limit to see more).</source>
        <translation>… và {count} kết quả khác (dùng --limit để xem thêm).</translation>
    </message>
    <message>
        <source>Found {count} results for “{text}”:</source>
        <translation>Tìm thấy {count} kết quả cho «{text}»:</translation>
    </message>
    <message>
        <source>Province or city “{province}” not found. Write its right name (for example: Lào Cai) or code (for example: 15).</source>
        <translation>Không tìm thấy tỉnh, thành phố «{province}». Hãy ghi đúng tên (ví dụ: Lào Cai) hoặc mã (ví dụ: 15).</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the office&apos;s key (at least 8 characters): </source>
        <translation>Đặt mật khẩu bảo vệ khóa của đơn vị (ít nhất 8 ký tự): </translation>
    </message>
    <message>
        <source>Creating the keys and the database…</source>
        <translation>Đang tạo khóa và cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Set up: {office} ({unit}, {province}).</source>
        <translation>Đã thiết lập: {office} ({unit}, {province}).</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa: {fingerprint}</translation>
    </message>
    <message>
        <source>First user: {name}</source>
        <translation>Người dùng đầu tiên: {name}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>{line} (revoked)</source>
        <translation>{line} (đã thu hồi)</translation>
    </message>
    <message>
        <source>No office is trusted yet.</source>
        <translation>Chưa tin cậy đơn vị nào.</translation>
    </message>
    <message>
        <source>Stopped trusting: {office} (key {key}).</source>
        <translation>Đã thu hồi tin cậy: {office} (khóa {key}).</translation>
    </message>
    <message>
        <source>an identity card file is needed (dnnd trust FILE --fingerprint DIGITS)</source>
        <translation>cần tệp thẻ định danh (dnnd trust FILE --fingerprint DIGITS)</translation>
    </message>
    <message>
        <source>Identity card of: {name} ({level})</source>
        <translation>Thẻ định danh của: {name} ({level})</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Dấu vân tay:</translation>
    </message>
    <message>
        <source>Call this office and ask them to read out their fingerprint.</source>
        <translation>Hãy gọi điện cho đơn vị này và nhờ họ đọc dấu vân tay của họ.</translation>
    </message>
    <message>
        <source>Does the fingerprint match digit for digit? Type “co” to trust: </source>
        <translation>Dấu vân tay có khớp từng chữ số không? Gõ «co» để tin cậy: </translation>
    </message>
    <message>
        <source>The identity card is not trusted (the fingerprint was not confirmed).</source>
        <translation>Chưa tin cậy thẻ định danh (chưa xác nhận dấu vân tay).</translation>
    </message>
    <message>
        <source>The fingerprint must be compared before trusting. Run again with --fingerprint “the digits the other office reads out by telephone”. The fingerprint on the card: {fingerprint}</source>
        <translation>Cần đối chiếu dấu vân tay trước khi tin cậy. Hãy chạy lại với --fingerprint «các chữ số đơn vị kia đọc qua điện thoại». Dấu vân tay trên thẻ: {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted: {office} — {relation}.</source>
        <translation>Đã tin cậy: {office} — {relation}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>Syncing by USB…</source>
        <translation>Đang đồng bộ qua USB…</translation>
    </message>
    <message>
        <source>This command acts as the user «{name}», who has a password. Set the environment variable DNND_PASSWORD or run the command in a terminal window to type it.</source>
        <translation>Lệnh này làm việc với tư cách người dùng «{name}», người dùng này có mật khẩu. Hãy đặt biến môi trường DNND_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh để gõ mật khẩu.</translation>
    </message>
    <message>
        <source>Password of «{name}»: </source>
        <translation>Mật khẩu của «{name}»: </translation>
    </message>
    <message>
        <source>The data are now encrypted on the disk. The office&apos;s key passphrase: </source>
        <translation>Từ nay dữ liệu được mã hóa trên ổ đĩa. Mật khẩu khóa của đơn vị: </translation>
    </message>
    <message>
        <source>Encrypting the data and the backups…</source>
        <translation>Đang mã hóa dữ liệu và các bản sao lưu…</translation>
    </message>
    <message>
        <source>Recovery code of the data (print it and keep it in the office&apos;s safe; it opens the data if the passphrase is lost): {code}</source>
        <translation>Mã khôi phục dữ liệu (hãy in ra và cất trong tủ an toàn của cơ quan; mã này mở được dữ liệu khi quên mật khẩu khóa): {code}</translation>
    </message>
    <message>
        <source>{count} records shared; they go in the next sync package to that office.</source>
        <translation>Đã chia sẻ {count} hồ sơ; các hồ sơ này sẽ được gửi trong gói đồng bộ tiếp theo cho đơn vị đó.</translation>
    </message>
    <message>
        <source>The import was undone: backup {backup} restored, {replayed} packages imported again, {failed} could not be. The undone package and {later} later ones were not imported again; their copies stay in the “received” folder.</source>
        <translation>Đã hoàn tác việc nhập gói: đã khôi phục bản sao lưu {backup}, đã nhập lại {replayed} gói, {failed} gói không nhập lại được. Gói bị hoàn tác và {later} gói nhập sau nó không được nhập lại; bản lưu của các gói này vẫn nằm trong thư mục “received”.</translation>
    </message>
    <message>
        <source>{count} received packages were not imported again: their copies were destroyed because they held people erased since. Their other data comes again in the sending office&apos;s next package.</source>
        <translation>{count} gói dữ liệu đã nhận không được nhập lại: bản lưu của các gói này đã bị hủy vì chứa thông tin của người đã bị xóa sau đó. Các dữ liệu khác trong gói sẽ được gửi lại trong gói tiếp theo của đơn vị gửi.</translation>
    </message>
</context>
<context>
    <name>CliPdf</name>
    <message>
        <source>sign a final PDF or check its signatures</source>
        <translation>ký số tệp PDF hoàn chỉnh hoặc kiểm tra chữ ký của tệp</translation>
    </message>
    <message>
        <source>sign a PDF with the office&apos;s certificate</source>
        <translation>ký số tệp PDF bằng chứng thư số của đơn vị</translation>
    </message>
    <message>
        <source>the PDF to sign</source>
        <translation>tệp PDF cần ký</translation>
    </message>
    <message>
        <source>where to write the signed PDF (default: next to it, ending in -da-ky.pdf)</source>
        <translation>nơi ghi tệp PDF đã ký (mặc định: cạnh tệp gốc, tên kết thúc bằng -da-ky.pdf)</translation>
    </message>
    <message>
        <source>the certificate file (.p12 or .pfx); its password in DNND_CERT_PASSWORD or typed</source>
        <translation>tệp chứng thư số (.p12 hoặc .pfx); mật khẩu đặt trong DNND_CERT_PASSWORD hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>the USB token&apos;s PKCS#11 library file; its PIN in DNND_TOKEN_PIN or typed</source>
        <translation>tệp thư viện PKCS#11 của thiết bị ký số (USB token); mã PIN đặt trong DNND_TOKEN_PIN hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>which token, when several are plugged in</source>
        <translation>chọn thiết bị ký số khi cắm nhiều thiết bị</translation>
    </message>
    <message>
        <source>which key on the token</source>
        <translation>chọn khóa trên thiết bị ký số</translation>
    </message>
    <message>
        <source>reason written in the signature</source>
        <translation>lý do ghi trong chữ ký</translation>
    </message>
    <message>
        <source>place written in the signature</source>
        <translation>địa điểm ghi trong chữ ký</translation>
    </message>
    <message>
        <source>who signed a PDF and whether it changed since</source>
        <translation>xem ai đã ký tệp PDF và tệp có bị thay đổi sau khi ký không</translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation>tệp PDF đã ký</translation>
    </message>
    <message>
        <source>a root certificate to trust (PEM or DER); may be repeated</source>
        <translation>chứng thư gốc được tin cậy (PEM hoặc DER); có thể nêu nhiều lần</translation>
    </message>
    <message>
        <source>Set {env} or run the command in a terminal to type it.</source>
        <translation>Hãy đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.</translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Mã PIN của thiết bị ký số: </translation>
    </message>
    <message>
        <source>Certificate password: </source>
        <translation>Mật khẩu chứng thư số: </translation>
    </message>
    <message>
        <source>Signed: {file}
{summary}</source>
        <translation>Đã ký: {file}
{summary}</translation>
    </message>
    <message>
        <source>This PDF has no digital signature.</source>
        <translation>Tệp PDF này chưa có chữ ký số.</translation>
    </message>
</context>
<context>
    <name>CliProvince</name>
    <message>
        <source>{name} “{date}” must be written YEAR-MONTH-DAY, for example 2026-05-15.</source>
        <translation>{name} «{date}» phải ghi dạng NĂM-THÁNG-NGÀY, ví dụ 2026-05-15.</translation>
    </message>
    <message>
        <source>No lower office registered yet.</source>
        <translation>Chưa đăng ký đơn vị cấp dưới nào.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>{office} ({level}) — last package: {package} — last report: {report}</source>
        <translation>{office} ({level}) — gói cuối: {package} — báo cáo cuối: {report}</translation>
    </message>
    <message>
        <source>{office} ({level}) — last package: {package} — last report: {report} [revoked]</source>
        <translation>{office} ({level}) — gói cuối: {package} — báo cáo cuối: {report} [đã thu hồi]</translation>
    </message>
    <message>
        <source>Registered the lower office: {office} ({level}), id {id}.</source>
        <translation>Đã đăng ký đơn vị cấp dưới: {office} ({level}), mã {id}.</translation>
    </message>
    <message>
        <source>{id}  {number}  {title} — {tasks} tasks — {status}</source>
        <translation>{id}  {number}  {title} — {tasks} nhiệm vụ — {status}</translation>
    </message>
    <message>
        <source>{id}  {number}  {title} — {tasks} tasks — {status} (version {version})</source>
        <translation>{id}  {number}  {title} — {tasks} nhiệm vụ — {status} (phiên bản {version})</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(chưa số)</translation>
    </message>
    <message>
        <source>No plans yet.</source>
        <translation>Chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>Saved the plan (draft), id {id}.</source>
        <translation>Đã lưu kế hoạch (bản nháp), mã {id}.</translation>
    </message>
    <message>
        <source>Wrote {file}: {tasks} tasks. Check and correct it before sending.</source>
        <translation>Đã ghi {file}: {tasks} nhiệm vụ. Hãy kiểm tra và sửa trước khi gửi.</translation>
    </message>
    <message>
        <source>Plan (needs a name)</source>
        <translation>Kế hoạch (cần đặt tên)</translation>
    </message>
    <message>
        <source>Saved the draft plan {id}: {tasks} tasks. Check it before sending.</source>
        <translation>Đã lưu kế hoạch nháp {id}: {tasks} nhiệm vụ. Hãy kiểm tra trước khi gửi.</translation>
    </message>
    <message>
        <source>Made {count} tasks packages (version {version}):</source>
        <translation>Đã tạo {count} gói nhiệm vụ (phiên bản {version}):</translation>
    </message>
    <message>
        <source>{period} (amendment {number})</source>
        <translation>{period} (sửa đổi lần {number})</translation>
    </message>
    <message>
        <source>No reports received yet.</source>
        <translation>Chưa nhận báo cáo nào.</translation>
    </message>
    <message>
        <source>Acknowledged the {period} report of {office}. The answer goes in the next package sent to this office.</source>
        <translation>Đã tiếp nhận báo cáo {period} của {office}. Trả lời sẽ đi trong gói gửi đơn vị này lần tới.</translation>
    </message>
    <message>
        <source>Returned the {period} report of {office}. The comment goes in the next package sent to this office.</source>
        <translation>Đã trả lại báo cáo {period} của {office}. Ý kiến sẽ đi trong gói gửi đơn vị này lần tới.</translation>
    </message>
    <message>
        <source>Made the package of answers to reports “{path}” ({count} answers).</source>
        <translation>Đã tạo gói trả lời báo cáo «{path}» ({count} trả lời).</translation>
    </message>
    <message>
        <source>{template} — {period}; due {due}; as of {today}.</source>
        <translation>{template} — {period}; hạn gửi {due}; tính đến {today}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Sent by {actual}/{expected} offices, {on_time} on time.</source>
        <translation>Đã gửi {actual}/{expected} đơn vị, đúng hạn {on_time}.</translation>
    </message>
    <message>
        <source>{office} — received {date}</source>
        <translation>{office} — nhận {date}</translation>
    </message>
    <message>
        <source>{office} ({days} days)</source>
        <translation>{office} ({days} ngày)</translation>
    </message>
    <message>
        <source>{office} — received {date} ({days} days)</source>
        <translation>{office} — nhận {date} ({days} ngày)</translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>Đã xuất {file}.</translation>
    </message>
    <message>
        <source>the file “{file}” must be .pdf, .docx or .xlsx</source>
        <translation>tệp «{file}» phải là .pdf, .docx hoặc .xlsx</translation>
    </message>
    <message>
        <source>Made the consolidated report {period} (id {id}) from {count} reports: {offices}.</source>
        <translation>Đã lập báo cáo tổng hợp {period} (mã {id}) từ {count} báo cáo: {offices}.</translation>
    </message>
    <message>
        <source>The consolidated report {period} (id {id}) exists, from {count} reports: {offices}.</source>
        <translation>Đã có báo cáo tổng hợp {period} (mã {id}) từ {count} báo cáo: {offices}.</translation>
    </message>
</context>
<context>
    <name>CliSelftest</name>
    <message>
        <source>files missing: {files}</source>
        <translation>thiếu tệp: {files}</translation>
    </message>
    <message>
        <source>The fonts (with their licence), the translation, the icons and {count} database upgrade scripts are all there</source>
        <translation>Có đủ phông chữ (kèm giấy phép), bản dịch, biểu tượng và {count} kịch bản nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the database was not upgraded to the latest version</source>
        <translation>cơ sở dữ liệu chưa được nâng cấp tới phiên bản mới nhất</translation>
    </message>
    <message>
        <source>the database integrity check failed</source>
        <translation>kiểm tra toàn vẹn cơ sở dữ liệu không đạt</translation>
    </message>
    <message>
        <source>Created, upgraded (to {revision}) and wrote a temporary database</source>
        <translation>Tạo, nâng cấp (tới {revision}) và ghi cơ sở dữ liệu tạm thời</translation>
    </message>
    <message>
        <source>Uses the data file on this computer (no database server)</source>
        <translation>Dùng tệp dữ liệu trên máy này (không dùng máy chủ cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>the server&apos;s database is at version {revision}, the software needs {head}</source>
        <translation>cơ sở dữ liệu máy chủ ở phiên bản {revision}, phần mềm cần {head}</translation>
    </message>
    <message>
        <source>the server lacks the pg_trgm extension (search)</source>
        <translation>máy chủ thiếu phần mở rộng pg_trgm (tìm kiếm)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <source>version {revision}</source>
        <translation>phiên bản {revision}</translation>
    </message>
    <message>
        <source>Connected to the PostgreSQL {version} server ({url}): {state}</source>
        <translation>Kết nối máy chủ PostgreSQL {version} ({url}): {state}</translation>
    </message>
    <message>
        <source>the list of administrative units is incomplete ({provinces} provinces, {communes} communes)</source>
        <translation>danh mục đơn vị hành chính không đầy đủ ({provinces} tỉnh, {communes} xã)</translation>
    </message>
    <message>
        <source>the Vietnamese country names (Babel) are missing: VN = {value}</source>
        <translation>thiếu dữ liệu tên nước tiếng Việt (Babel): VN = {value}</translation>
    </message>
    <message>
        <source>The list of {provinces} provinces and cities and {communes} communes and wards; Vietnamese country names</source>
        <translation>Danh mục {provinces} tỉnh, thành phố và {communes} xã, phường; tên nước tiếng Việt</translation>
    </message>
    <message>
        <source>the PDF file made is not valid</source>
        <translation>tệp PDF tạo ra không hợp lệ</translation>
    </message>
    <message>
        <source>the fonts are not embedded in the PDF</source>
        <translation>phông chữ không được nhúng vào PDF</translation>
    </message>
    <message>
        <source>Made a Vietnamese PDF document ({size} KB, font {font})</source>
        <translation>Tạo văn bản PDF tiếng Việt ({size} KB, phông {font})</translation>
    </message>
    <message>
        <source>the Excel file read back differs: {rows}</source>
        <translation>đọc lại tệp Excel không khớp: {rows}</translation>
    </message>
    <message>
        <source>Wrote an Excel file (openpyxl) and read the Vietnamese back correctly (calamine)</source>
        <translation>Ghi tệp Excel (openpyxl) và đọc lại đúng tiếng Việt (calamine)</translation>
    </message>
    <message>
        <source>the content of the opened package differs from what was sent</source>
        <translation>nội dung gói mở ra không khớp với nội dung đã gửi</translation>
    </message>
    <message>
        <source>a changed package was still accepted</source>
        <translation>gói bị sửa đổi vẫn được chấp nhận</translation>
    </message>
    <message>
        <source>Made, signed, encrypted, checked and opened a .dnnd package; a changed package is refused</source>
        <translation>Tạo, ký, mã hóa, kiểm tra và mở gói .dnnd; gói bị sửa đổi bị từ chối</translation>
    </message>
    <message>
        <source>the restore did not give a new site id</source>
        <translation>khôi phục không cấp mã trạm mới</translation>
    </message>
    <message>
        <source>Online backup, check, restore (new site id) and encrypted backup for moving to another computer</source>
        <translation>Sao lưu trực tuyến, kiểm tra, khôi phục (mã trạm mới) và sao lưu mã hóa để chuyển máy</translation>
    </message>
    <message>
        <source>cannot load the interface (PySide6 or the gui package): {error}</source>
        <translation>không nạp được giao diện (PySide6 hoặc gói gui): {error}</translation>
    </message>
    <message>
        <source>the main window does not show</source>
        <translation>cửa sổ chính không hiện</translation>
    </message>
    <message>
        <source>Opened the main window ({platform}): “{title}”, {pages} navigation items</source>
        <translation>Mở cửa sổ chính ({platform}): «{title}», {pages} mục điều hướng</translation>
    </message>
    <message>
        <source>Start until the main window shows: {ms} ms</source>
        <translation>Khởi động tới khi hiện cửa sổ chính: {ms} ms</translation>
    </message>
    <message>
        <source>Command syntax error: there is no check {unknown}. There are: {known}.</source>
        <translation>Lỗi cú pháp lệnh: không có phần kiểm tra {unknown}. Có: {known}.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ĐẠT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>Self-test: everything passed.</source>
        <translation>Tự kiểm tra: tất cả đều đạt.</translation>
    </message>
    <message>
        <source>Self-test: THERE ARE FAILURES (see the FAIL lines above).</source>
        <translation>Tự kiểm tra: CÓ LỖI (xem các dòng LỖI ở trên).</translation>
    </message>
</context>
<context>
    <name>CommendationForm</name>
    <message>
        <source>Date</source>
        <translation>Ngày khen thưởng</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>Cơ quan khen thưởng</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Thành tích</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Delete or keep the record</source>
        <translation>Xóa hay giữ bản ghi</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Keep the record (edited)</source>
        <translation>Giữ bản ghi (đã sửa)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Giữ giá trị đã chọn</translation>
    </message>
    <message>
        <source>Conflicts appear here when two offices changed the same information and the program cannot know which is right. This version of the program does not synchronise records between offices yet, so there is nothing to decide.</source>
        <translation>Xung đột xuất hiện ở đây khi hai đơn vị cùng sửa một thông tin và phần mềm không thể biết bên nào đúng. Phiên bản này chưa đồng bộ hồ sơ giữa các đơn vị nên chưa có gì cần quyết định.</translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Không có xung đột nào cần xử lý.</translation>
    </message>
    <message>
        <source>%1 “%2”: the field “%3” was changed differently by two offices. Choose the value to keep.</source>
        <translation>%1 «%2»: trường «%3» được hai đơn vị sửa khác nhau. Hãy chọn giá trị cần giữ.</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Xử lý xung đột</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>no consent recorded</source>
        <translation>chưa ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>consent given for other purposes only</source>
        <translation>chỉ đồng ý cho mục đích khác</translation>
    </message>
    <message>
        <source>consent dated later</source>
        <translation>ngày đồng ý muộn hơn</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Sự đồng ý này đã được rút lại trước đó.</translation>
    </message>
    <message>
        <source>This person or household has no valid consent to printing ({reason}). Record their consent first.</source>
        <translation>Người hoặc hộ này chưa có sự đồng ý hợp lệ cho việc in ({reason}). Hãy ghi nhận sự đồng ý trước.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The whole household (covers every member)</source>
        <translation>Cả hộ (áp dụng cho mọi thành viên)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>A person removed from this household</source>
        <translation>Một người đã bỏ khỏi hộ này</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>Sự đồng ý của ai</translation>
    </message>
    <message>
        <source>A person&apos;s own consent decides for that person, also when the household&apos;s says otherwise. Members added to the household are listed once it is saved.</source>
        <translation>Sự đồng ý riêng của một người quyết định cho chính người đó, kể cả khi sự đồng ý của hộ khác đi. Thành viên mới thêm vào hộ chỉ có trong danh sách sau khi lưu hộ.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Date of consent</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Hình thức đồng ý</translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation>Ngày rút lại đồng ý</translation>
    </message>
    <message>
        <source>Scope and purpose of processing</source>
        <translation>Phạm vi, mục đích xử lý</translation>
    </message>
    <message>
        <source>Person abroad</source>
        <translation>Người ở nước ngoài</translation>
    </message>
    <message>
        <source>Purposes consented to</source>
        <translation>Mục đích được đồng ý</translation>
    </message>
    <message>
        <source>For example: keeping information on relatives of overseas Vietnamese for outreach and commendation work.</source>
        <translation>Ví dụ: quản lý thông tin thân nhân kiều bào phục vụ công tác vận động, khen thưởng.</translation>
    </message>
    <message>
        <source>For example: a signed paper, or consent given in person before a witness.</source>
        <translation>Ví dụ: văn bản có chữ ký, đồng ý trực tiếp có người làm chứng.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>bị trả lại</translation>
    </message>
    <message>
        <source>{title}: {count} reports consolidated</source>
        <translation>{title}: tổng hợp {count} báo cáo</translation>
    </message>
    <message>
        <source>{count} reports consolidated again</source>
        <translation>tổng hợp lại {count} báo cáo</translation>
    </message>
    <message>
        <source>{count} reports consolidated again; figures changed</source>
        <translation>tổng hợp lại {count} báo cáo; số liệu thay đổi</translation>
    </message>
    <message>
        <source>offices&apos; texts taken again</source>
        <translation>lấy lại nội dung các đơn vị</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidated report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>The province&apos;s report for a period: its figures are the sums of the lower offices&apos; reports (received and not returned), their texts gathered for you to edit on the Reports page.</source>
        <translation>Báo cáo của tỉnh cho một kỳ: số liệu là tổng số liệu trong báo cáo của các đơn vị cấp dưới (đã nhận, không bị trả lại); nội dung của các đơn vị được gom lại để đồng chí biên tập trên trang Báo cáo.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu báo cáo:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Make the consolidated report</source>
        <translation>Lập báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Gather the offices&apos; text again</source>
        <translation>Lấy lại nội dung của các đơn vị</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Partners and twinned localities across the border known at several offices (counted once unless you say they are different):</source>
        <translation>Đối tác và địa phương kết nghĩa bên kia biên giới có ở nhiều đơn vị (chỉ tính một lần, trừ khi anh/chị xác định là khác nhau):</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>The same organisation</source>
        <translation>Cùng một tổ chức</translation>
    </message>
    <message>
        <source>Different organisations</source>
        <translation>Các tổ chức khác nhau</translation>
    </message>
    <message>
        <source>No report period yet.</source>
        <translation>Chưa có kỳ báo cáo nào.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>The consolidated report exists: edit its text, document details and approval on the Reports page.</source>
        <translation>Đã có báo cáo tổng hợp: biên tập nội dung, thông tin văn bản và trình duyệt trên trang Báo cáo.</translation>
    </message>
    <message>
        <source>Not made yet: the figures below are a preview.</source>
        <translation>Chưa lập báo cáo: số liệu dưới đây là xem trước.</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Đã tổng hợp: %1.</translation>
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation>Chưa tính: %1.</translation>
    </message>
    <message>
        <source>Own records</source>
        <translation>Số liệu của cơ quan</translation>
    </message>
    <message>
        <source>once</source>
        <translation>một lần</translation>
    </message>
    <message>
        <source>once per office</source>
        <translation>mỗi đơn vị một lần</translation>
    </message>
    <message>
        <source>%1 (twinned locality)</source>
        <translation>%1 (địa phương kết nghĩa)</translation>
    </message>
    <message>
        <source>the province&apos;s own records</source>
        <translation>số liệu của chính cơ quan tỉnh</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Tổng hợp lại</translation>
    </message>
    <message>
        <source>The offices&apos; texts were gathered again into the report. Edit them on the Reports page.</source>
        <translation>Đã lấy lại nội dung của các đơn vị vào báo cáo. Hãy biên tập trên trang Báo cáo.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the consolidated report</source>
        <translation>Xuất báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Writing the consolidated report</source>
        <translation>Đang ghi báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <source>Date</source>
        <translation>Ngày đóng góp</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Loại đóng góp</translation>
    </message>
    <message>
        <source>e.g. 5.000.000</source>
        <translation>ví dụ 5.000.000</translation>
    </message>
    <message>
        <source>Description (goods, works…)</source>
        <translation>Nội dung (hiện vật, công trình…)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The program goes on working; what you were doing may not have finished, and nothing was half-saved. If it happens again, copy the details and send them, with the log file, to the person who supports the software.</source>
        <translation>Đã xảy ra một lỗi ngoài dự kiến. Phần mềm vẫn tiếp tục làm việc; việc đang làm có thể chưa xong, nhưng không có gì bị lưu dở dang. Nếu lỗi lặp lại, hãy sao chép chi tiết và gửi kèm tệp nhật ký cho người hỗ trợ phần mềm.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation>Không ghi được tệp nhật ký.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 errors happened while this message was open.</source>
        <translation>Đã có %1 lỗi xảy ra trong khi thông báo này đang mở.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>A PostgreSQL server (a province or central store)</source>
        <translation>Máy chủ PostgreSQL (kho dữ liệu của tỉnh hoặc Trung ương)</translation>
    </message>
    <message>
        <source>for example db.mttq.vn</source>
        <translation>ví dụ db.mttq.vn</translation>
    </message>
    <message>
        <source>empty: taken from the computer&apos;s pgpass file</source>
        <translation>để trống: lấy từ tệp pgpass của máy này</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://người_dùng@máy_chủ:5432/cơ_sở_dữ_liệu</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Or the whole address:</source>
        <translation>Hoặc cả địa chỉ:</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <source>Use the data file on this computer</source>
        <translation>Dùng tệp dữ liệu trên máy này</translation>
    </message>
    <message>
        <source>Only a person with the Administrator role may change the database.</source>
        <translation>Chỉ người có vai trò Quản trị mới được thay đổi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Database: the data file on this computer, %1.</source>
        <translation>Cơ sở dữ liệu: tệp dữ liệu trên máy này, %1.</translation>
    </message>
    <message>
        <source>Database: the PostgreSQL server %1.</source>
        <translation>Cơ sở dữ liệu: máy chủ PostgreSQL %1.</translation>
    </message>
    <message>
        <source>This is set for this run by the command line or the DNND_DATABASE_URL variable, which take precedence over what is saved here.</source>
        <translation>Lần chạy này dùng cơ sở dữ liệu do dòng lệnh hoặc biến DNND_DATABASE_URL chỉ định; chúng được ưu tiên hơn thiết lập lưu ở đây.</translation>
    </message>
    <message>
        <source>The server answers, but this database holds no office of this software yet. At the next start the software opens the setup wizard for it (the user needs the right to create tables in the database).</source>
        <translation>Máy chủ đã trả lời, nhưng cơ sở dữ liệu này chưa có cơ quan nào của phần mềm. Lần mở sau, phần mềm sẽ mở trình thiết lập cho cơ sở dữ liệu này (người dùng cần có quyền tạo bảng trong cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>The server answers. Its data is from an earlier version of the software and is brought up to date at the next start (the user must own the tables).</source>
        <translation>Máy chủ đã trả lời. Dữ liệu trên đó thuộc phiên bản cũ hơn của phần mềm và sẽ được nâng cấp khi mở phần mềm lần sau (người dùng phải là chủ sở hữu các bảng).</translation>
    </message>
    <message>
        <source>The server answers and holds this software&apos;s data.</source>
        <translation>Máy chủ đã trả lời và có dữ liệu của phần mềm này.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connecting to the database server</source>
        <translation>Đang kết nối tới máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Saved. The software keeps using the open database until you close it; it uses the new one from its next start. Close the software and open it again.</source>
        <translation>Đã lưu. Phần mềm vẫn dùng cơ sở dữ liệu đang mở cho tới khi đóng; từ lần mở sau sẽ dùng cơ sở dữ liệu mới. Hãy đóng phần mềm rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The database is busy with another task (another window or an import). Wait a moment and try again. Nothing was changed. (code {code})</source>
        <translation>Cơ sở dữ liệu đang bận với một việc khác (một cửa sổ khác hoặc một lần nhập gói). Vui lòng đợi một lát rồi thử lại. Chưa có gì bị thay đổi. (mã {code})</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was changed. If it happens again, tell the person who looks after this computer the code {code}; the error details are not shown because they may contain personal data.</source>
        <translation>Cơ sở dữ liệu không nhận thay đổi này. Chưa có gì bị thay đổi. Nếu lỗi lặp lại, hãy báo mã {code} cho người phụ trách máy tính này; chi tiết lỗi không được hiển thị vì có thể chứa thông tin cá nhân.</translation>
    </message>
</context>
<context>
    <name>DatabaseSetting</name>
    <message>
        <source>This copy of the software cannot connect to a PostgreSQL server: its server driver (psycopg) is not installed. Ask the person who installed the software to install its server edition (pip install &quot;dnnd-desktop[server]&quot;).</source>
        <translation>Bản phần mềm này không kết nối được máy chủ PostgreSQL vì chưa cài trình điều khiển máy chủ (psycopg). Hãy nhờ người cài đặt phần mềm cài bản dành cho máy chủ (pip install &quot;dnnd-desktop[server]&quot;).</translation>
    </message>
    <message>
        <source>This database was made by a newer version of the software. Install the newest version here before using it.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra. Hãy cài phiên bản mới nhất trên máy này trước khi dùng.</translation>
    </message>
    <message>
        <source>Only a person with the Administrator role may change which database the software uses.</source>
        <translation>Chỉ người có vai trò Quản trị mới được thay đổi cơ sở dữ liệu mà phần mềm sử dụng.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database address {url} is not one this software can use. Write postgresql://user@server:5432/database for a server, or leave it empty to use the data file on this computer.</source>
        <translation>Địa chỉ cơ sở dữ liệu {url} không dùng được với phần mềm này. Hãy ghi postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu nếu dùng máy chủ, hoặc để trống để dùng tệp dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>The database address {url} names no server or database. Write postgresql://user@server:5432/database.</source>
        <translation>Địa chỉ cơ sở dữ liệu {url} chưa ghi máy chủ hoặc tên cơ sở dữ liệu. Hãy ghi postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <source>The database setting {file} cannot be read. Correct it or delete it to use the data file on this computer.</source>
        <translation>Không đọc được thiết lập cơ sở dữ liệu {file}. Hãy sửa lại, hoặc xóa tệp này để dùng tệp dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {url}. Check that the server is running, the address, user and password are right, and this computer may connect to it. ({reason})</source>
        <translation>Không kết nối được cơ sở dữ liệu {url}. Hãy kiểm tra máy chủ đang chạy, địa chỉ, tên người dùng và mật khẩu đúng, và máy này được phép kết nối tới máy chủ. ({reason})</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>{where}: each report schedule must be a JSON object (for example {{&quot;period_kind&quot;: &quot;half&quot;, &quot;due&quot;: &quot;05-15&quot;}}).</source>
        <translation>{where}: mỗi lịch báo cáo phải là một đối tượng JSON (ví dụ {{&quot;period_kind&quot;: &quot;half&quot;, &quot;due&quot;: &quot;05-15&quot;}}).</translation>
    </message>
    <message>
        <source>{where}: a report schedule has no field «{name}». The fields are: {names}.</source>
        <translation>{where}: trường «{name}» không có trong lịch báo cáo. Các trường được dùng: {names}.</translation>
    </message>
    <message>
        <source>{where}: there is no period kind «{kind}». Use one of: {kinds}.</source>
        <translation>{where}: loại kỳ «{kind}» không có. Hãy dùng một trong: {kinds}.</translation>
    </message>
    <message>
        <source>{where}: period_offset «{offset}» must be a whole number from -4 to 1.</source>
        <translation>{where}: period_offset «{offset}» phải là số nguyên từ -4 đến 1.</translation>
    </message>
    <message>
        <source>{where}: the year «{year}» is not valid.</source>
        <translation>{where}: năm «{year}» không hợp lệ.</translation>
    </message>
    <message>
        <source>{where}: the report template code «{template}» is not valid.</source>
        <translation>{where}: mã mẫu báo cáo «{template}» không hợp lệ.</translation>
    </message>
    <message>
        <source>{where}: write exactly one of &quot;due&quot; (a yearly month-day, for example &quot;05-15&quot;) or &quot;due_day&quot; (a day of the month, monthly reports only).</source>
        <translation>{where}: hãy ghi đúng một trong hai: &quot;due&quot; (ngày-tháng hằng năm, ví dụ &quot;05-15&quot;) hoặc &quot;due_day&quot; (ngày trong tháng, chỉ cho báo cáo tháng).</translation>
    </message>
    <message>
        <source>{where}: the due date «{due}» is not a valid month-day (write &quot;MM-DD&quot;: &quot;05-15&quot; is 15 May).</source>
        <translation>{where}: hạn «{due}» không phải tháng-ngày hợp lệ (ghi &quot;MM-DD&quot;, ví dụ &quot;05-15&quot; là ngày 15/5).</translation>
    </message>
    <message>
        <source>{where}: &quot;due_day&quot; is for monthly reports only; the period kind «{kind}» needs &quot;due&quot; (month-day, for example &quot;11-20&quot;).</source>
        <translation>{where}: &quot;due_day&quot; chỉ dùng cho báo cáo tháng; kỳ «{kind}» cần &quot;due&quot; (tháng-ngày, ví dụ &quot;11-20&quot;).</translation>
    </message>
    <message>
        <source>{where}: due_day «{day}» must be a day from 1 to 31.</source>
        <translation>{where}: due_day «{day}» phải là ngày từ 1 đến 31.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Setting up the sample office…</source>
        <translation>Đang tạo đơn vị mẫu…</translation>
    </message>
    <message>
        <source>Adding sample households and activities…</source>
        <translation>Đang thêm hộ và hoạt động mẫu…</translation>
    </message>
    <message>
        <source>Adding a sample plan with tasks, and reports…</source>
        <translation>Đang thêm kế hoạch mẫu có nhiệm vụ và các báo cáo…</translation>
    </message>
    <message>
        <source>Sample text: in the year the office kept in touch with the communities across the border and with the families of Vietnamese people abroad.</source>
        <translation>Nội dung mẫu: trong năm, cơ quan đã duy trì quan hệ với nhân dân các bản bên kia biên giới và với các gia đình thân nhân người Việt Nam ở nước ngoài.</translation>
    </message>
</context>
<context>
    <name>DemoErrors</name>
    <message>
        <source>The numbers of households and activities must not be negative.</source>
        <translation>Số hộ và số hoạt động phải là số không âm.</translation>
    </message>
    <message>
        <source>Demo data with seed {seed} is already in this database. Use another --seed.</source>
        <translation>Dữ liệu mẫu với số hạt giống {seed} đã có trong cơ sở dữ liệu này. Hãy dùng --seed khác.</translation>
    </message>
    <message>
        <source>The sample office cannot be made inside the real data folder.</source>
        <translation>Không thể tạo đơn vị mẫu bên trong thư mục dữ liệu thật.</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Making households with relatives abroad…</source>
        <translation>Đang tạo hộ thân nhân kiều bào…</translation>
    </message>
    <message>
        <source>Making activities…</source>
        <translation>Đang tạo hoạt động…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Hoàn tất.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{place}, day {day} month {month} year {year}</source>
        <translation>{place}, ngày {day} tháng {month} năm {year}</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>These records look like the same household or person entered by two offices (same name, birth year and commune). Check them, then merge: links move to the kept record and the other one is removed.</source>
        <translation>Các hồ sơ này có vẻ là cùng một hộ hoặc một người do hai đơn vị nhập (trùng họ tên, năm sinh và xã). Hãy kiểm tra rồi gộp: các liên kết chuyển sang hồ sơ được giữ, hồ sơ kia bị xóa.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Đơn vị nhập</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gộp…</translation>
    </message>
    <message>
        <source>Possible duplicates appear here when two offices entered the same household. This version of the program does not synchronise records between offices yet, so there is nothing to merge.</source>
        <translation>Các hồ sơ có thể trùng lặp xuất hiện ở đây khi hai đơn vị cùng nhập một hộ. Phiên bản này chưa đồng bộ hồ sơ giữa các đơn vị nên chưa có gì cần gộp.</translation>
    </message>
    <message>
        <source>No possible duplicate found.</source>
        <translation>Không thấy hồ sơ nào có thể trùng lặp.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Gộp hồ sơ trùng lặp</translation>
    </message>
    <message>
        <source>Merge “%2” into “%1”?

The links of the second record move to the first, and the second is removed. The merge is recorded in the audit log and sent to the other offices.</source>
        <translation>Gộp «%2» vào «%1»?

Các liên kết của hồ sơ thứ hai chuyển sang hồ sơ thứ nhất, hồ sơ thứ hai bị xóa. Việc gộp được ghi vào nhật ký và gửi tới các đơn vị khác.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled as asked. Nothing was changed.</source>
        <translation>Đã hủy theo yêu cầu. Không có thay đổi nào được ghi.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Free some space (delete old files or copy them elsewhere), then try again.</source>
        <translation>Ổ đĩa đã đầy. Chưa có gì bị thay đổi. Hãy giải phóng dung lượng (xóa tệp cũ hoặc chép sang nơi khác) rồi thử lại.</translation>
    </message>
    <message>
        <source>A file could not be opened: it is in use by another program or this account may not use it. Close the other program or choose another folder, then try again.</source>
        <translation>Không mở được một tệp: tệp đang được chương trình khác sử dụng hoặc tài khoản này không có quyền dùng. Hãy đóng chương trình kia hoặc chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The data is too large or too deeply nested to be read safely. Nothing was changed. Ask the sender to check the file.</source>
        <translation>Dữ liệu quá lớn hoặc lồng nhau quá sâu nên không thể đọc an toàn. Chưa có gì bị thay đổi. Hãy đề nghị nơi gửi kiểm tra lại tệp.</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>%1 households and %2 persons abroad were left out: they have no valid consent to printing and exporting lists.</source>
        <translation>Không đưa vào %1 hộ và %2 người ở nước ngoài: chưa có sự đồng ý hợp lệ cho việc in, xuất danh sách.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… và %1 trường hợp khác.</translation>
    </message>
    <message>
        <source>Left out for want of consent</source>
        <translation>Không đưa vào do chưa có sự đồng ý</translation>
    </message>
    <message>
        <source>Also put the sensitive fields (%1) into the file? Only do so if the file will be kept safe; you will be asked for the reason, which is written to the audit log.</source>
        <translation>Xuất cả các trường nhạy cảm (%1) vào tệp? Chỉ làm vậy khi tệp được giữ an toàn; anh/chị sẽ được hỏi lý do, lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Why are the sensitive fields needed in this file?</source>
        <translation>Vì sao tệp này cần các trường nhạy cảm?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Thông tin nhạy cảm</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất ra Excel</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Đã xuất %1 dòng ra %2</translation>
    </message>
    <message>
        <source>Print list (PDF)</source>
        <translation>In danh sách (PDF)</translation>
    </message>
    <message>
        <source>Preparing the PDF list</source>
        <translation>Đang chuẩn bị danh sách PDF</translation>
    </message>
    <message>
        <source>Saved the list to %1</source>
        <translation>Đã lưu danh sách vào %1</translation>
    </message>
    <message>
        <source>Print record sheet (PDF)</source>
        <translation>In phiếu thông tin (PDF)</translation>
    </message>
    <message>
        <source>Preparing the record sheet</source>
        <translation>Đang chuẩn bị phiếu thông tin</translation>
    </message>
    <message>
        <source>Saved the record sheet to %1</source>
        <translation>Đã lưu phiếu thông tin vào %1</translation>
    </message>
    <message>
        <source>Save the Excel template</source>
        <translation>Lưu mẫu Excel</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Đang lưu mẫu</translation>
    </message>
    <message>
        <source>Saved the template to %1</source>
        <translation>Đã lưu mẫu vào %1</translation>
    </message>
</context>
<context>
    <name>ExcelBridge</name>
    <message>
        <source>Not available yet</source>
        <translation>Chưa có chức năng này</translation>
    </message>
</context>
<context>
    <name>ExcelErrorWorkbook</name>
    <message>
        <source>Line in the original file</source>
        <translation>Dòng trong tệp gốc</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Lý do không nhập được</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Cột {number}</translation>
    </message>
    <message>
        <source>The rows not yet imported from the file “{file}”: correct them as the column “{column}” says, then import this file again.</source>
        <translation>Các dòng chưa nhập được từ tệp «{file}»: sửa theo cột «{column}» rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Dòng lỗi</translation>
    </message>
</context>
<context>
    <name>ExcelErrors</name>
    <message>
        <source>Kind «{kind}» cannot be imported from or exported to Excel. The kinds: {kinds}.</source>
        <translation>Không nhập/xuất Excel được loại «{kind}». Các loại: {kinds}.</translation>
    </message>
    <message>
        <source>No row of column headers was found in the sheet «{sheet}» (looking at the first {rows} rows). The header row needs the columns&apos; names, for example {expected}. Add a header row above the data, or use the template file (the «Download template» button).</source>
        <translation>Không tìm thấy dòng tiêu đề cột trong trang tính «{sheet}» (xem {rows} dòng đầu). Dòng tiêu đề cần có tên các cột, ví dụ {expected}. Hãy thêm dòng tiêu đề phía trên dữ liệu, hoặc dùng tệp mẫu (nút «Tải mẫu»).</translation>
    </message>
    <message>
        <source>The header row (row {row}) has merged cells {cells}, so what each column holds is unknown. Unmerge the cells (Home → Merge &amp; Center → Unmerge Cells), write one header per column on one row, then import again.</source>
        <translation>Dòng tiêu đề (dòng {row}) có ô gộp {cells}, nên không biết mỗi cột chứa gì. Hãy bỏ gộp ô (Trang đầu → Gộp và căn giữa → Bỏ gộp ô), ghi một tiêu đề cho mỗi cột trên một dòng, rồi nhập lại.</translation>
    </message>
    <message>
        <source>The two columns «{first}» and «{second}» are both matched to «{field}». Choose one column per field; for a column not to import, choose «(Ignore)».</source>
        <translation>Hai cột «{first}» và «{second}» cùng được gán cho «{field}». Hãy chọn mỗi trường cho một cột; cột không cần nhập thì chọn «(Bỏ qua)».</translation>
    </message>
    <message>
        <source>The file lacks required columns: {names}. Choose the matching columns in the column matching table, or add those columns to the file (see the template file).</source>
        <translation>Tệp chưa có cột bắt buộc: {names}. Hãy chọn cột tương ứng trong bảng ghép cột, hoặc thêm cột đó vào tệp (xem tệp mẫu).</translation>
    </message>
    <message>
        <source>{count} rows have errors, so no row was imported. {summary} Correct the rows with errors (save the list of errors to see each row&apos;s reason), or choose to import only the valid rows.</source>
        <translation>Có {count} dòng lỗi nên chưa nhập dòng nào. {summary} Hãy sửa các dòng lỗi (lưu danh sách lỗi để xem lý do từng dòng), hoặc chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>File “{path}” not found. Choose the Excel file to import again.</source>
        <translation>Không tìm thấy tệp «{path}». Hãy chọn lại tệp Excel cần nhập.</translation>
    </message>
    <message>
        <source>File “{name}” is empty (0 bytes). Open the original file in Excel, check that it holds data, then save it again as .xlsx.</source>
        <translation>Tệp «{name}» rỗng (0 byte). Hãy mở tệp gốc bằng Excel, kiểm tra có dữ liệu rồi lưu lại dạng .xlsx.</translation>
    </message>
    <message>
        <source>File “{name}” is too large ({size} MB; at most {maximum} MB). An office&apos;s list is usually much smaller: check that it is the right file, delete unneeded sheets and pictures, or split it into several files.</source>
        <translation>Tệp «{name}» quá lớn ({size} MB; tối đa {maximum} MB). Danh sách của một đơn vị thường nhỏ hơn nhiều: hãy kiểm tra đúng tệp chưa, xóa các trang tính, hình ảnh không cần thiết hoặc tách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>File “{name}” is protected by a password, so it cannot be read. Open it in Excel, type the password, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), then save and import that file.</source>
        <translation>Tệp «{name}» được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, nhập mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại và nhập tệp đó.</translation>
    </message>
    <message>
        <source>File “{name}” is in the old Excel format (.xls, Excel 97–2003), even if its name may end in .xlsx. Open it in Excel and choose Save As → “Excel Workbook (*.xlsx)”, then import the new file.</source>
        <translation>Tệp «{name}» là định dạng Excel cũ (.xls, Excel 97–2003), dù tên có thể là .xlsx. Hãy mở bằng Excel và chọn Lưu thành → «Sổ làm việc Excel (*.xlsx)», rồi nhập tệp mới.</translation>
    </message>
    <message>
        <source>File “{name}” is not an Excel .xlsx file (it may be a text, CSV or PDF file, or a damaged file). Open it in Excel and save it again as “Excel Workbook (*.xlsx)”.</source>
        <translation>Tệp «{name}» không phải tệp Excel .xlsx (có thể là tệp văn bản, CSV, PDF hoặc tệp đã hỏng). Hãy mở bằng Excel và lưu lại dạng «Sổ làm việc Excel (*.xlsx)».</translation>
    </message>
    <message>
        <source>File “{name}” is damaged and cannot be opened. Open it in Excel; if Excel repairs it, save it and import it again.</source>
        <translation>Tệp «{name}» bị hỏng, không mở được. Hãy mở bằng Excel; nếu Excel sửa được tệp thì lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>nén ZIP</translation>
    </message>
    <message>
        <source>File “{name}” is a {kind} file, not an Excel .xlsx workbook. Choose the right list file, or open it in Excel/LibreOffice and save it again as .xlsx.</source>
        <translation>Tệp «{name}» là tệp {kind}, không phải sổ làm việc Excel .xlsx. Hãy chọn đúng tệp danh sách, hoặc mở bằng Excel/LibreOffice và lưu lại dạng .xlsx.</translation>
    </message>
    <message>
        <source>File “{name}” holds too much data once unpacked ({size} MB). Check that it is the right file, or split it into several smaller files.</source>
        <translation>Tệp «{name}» chứa quá nhiều dữ liệu khi giải nén ({size} MB). Hãy kiểm tra đúng tệp chưa, hoặc tách thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>File “{name}” is protected by a password, so it cannot be read. Remove the password in Excel, save, then import again.</source>
        <translation>Tệp «{name}» được đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>File “{name}” is damaged or not in the .xlsx format. Open it in Excel, save it again as .xlsx, then import again.</source>
        <translation>Tệp «{name}» bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of file “{name}” is damaged (its content cannot be read). Open the file in Excel, save it again as .xlsx, then import again.</source>
        <translation>Trang tính “{sheet}” của tệp “{name}” bị hỏng (không đọc được nội dung). Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>File “{name}” holds no data (every sheet is empty). Check that it is the right file.</source>
        <translation>Tệp «{name}» không có dữ liệu (các trang tính đều trống). Hãy kiểm tra đúng tệp chưa.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has more than {maximum} rows of data. Split it into several smaller files and import them one after another.</source>
        <translation>Trang tính «{sheet}» có hơn {maximum} dòng dữ liệu. Hãy tách thành nhiều tệp nhỏ hơn rồi nhập lần lượt.</translation>
    </message>
    <message>
        <source>File “{name}” holds no data (sheet “{sheet}” is empty). Check that it is the right file.</source>
        <translation>Tệp «{name}» không có dữ liệu (trang tính «{sheet}» trống). Hãy kiểm tra đúng tệp chưa.</translation>
    </message>
    <message>
        <source>{count} cells hold formulas whose results were never saved ({cells}), so their values are unknown. Open the file in Excel (or LibreOffice), let it recalculate the formulas, save the file and import it again; or copy the cells and paste the values (Paste Special → Values) over the formulas.</source>
        <translation>Có {count} ô chứa công thức nhưng chưa có kết quả được lưu ({cells}), nên không biết giá trị của các ô đó. Hãy mở tệp bằng Excel (hoặc LibreOffice), để chương trình tính lại công thức, lưu tệp rồi nhập lại; hoặc sao chép và dán giá trị (Dán đặc biệt → Giá trị) thay cho công thức.</translation>
    </message>
    <message>
        <source>Cannot write the file “{name}”: it is open in another program (Excel?). Close that file and try again, or choose another file name.</source>
        <translation>Không ghi được tệp «{name}»: tệp đang được mở trong chương trình khác (Excel?). Hãy đóng tệp đó rồi thử lại, hoặc chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Unknown text encoding «{encoding}». The encodings: {encodings}.</source>
        <translation>Bảng mã «{encoding}» không có. Các bảng mã: {encodings}.</translation>
    </message>
    <message>
        <source>File “{name}” holds too much data once unpacked. Check that it is the right file, or split it into several smaller files.</source>
        <translation>Tệp “{name}” chứa quá nhiều dữ liệu khi giải nén. Hãy kiểm tra xem có đúng tệp không, hoặc tách thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” is too large to read: its data reaches row {rows} and column {columns} (at most {maximum} cells). Delete the columns and rows that do not belong to the list (for example a value far to the right), or split the file, then import again.</source>
        <translation>Trang tính “{sheet}” quá lớn để đọc: dữ liệu kéo dài tới dòng {rows} và cột {columns} (tối đa {maximum} ô). Hãy xóa các cột, dòng không thuộc danh sách (ví dụ một giá trị nằm rất xa bên phải) hoặc tách tệp, rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel: %1</source>
        <translation>Nhập từ Excel: %1</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx). Old lists typed in TCVN3 (.VnTime) or VNI fonts are converted automatically. Nothing is saved until you confirm the preview.</source>
        <translation>Chọn tệp Excel (.xlsx). Danh sách cũ gõ bằng phông TCVN3 (.VnTime) hoặc VNI được tự động chuyển đổi. Chưa có gì được lưu cho đến khi bạn xác nhận ở bước xem trước.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Tải mẫu…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Texts to check</source>
        <translation>Chữ cần kiểm tra</translation>
    </message>
    <message>
        <source>Values not in the lists</source>
        <translation>Giá trị chưa có trong danh mục</translation>
    </message>
    <message>
        <source>Old addresses</source>
        <translation>Địa chỉ cũ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Save error list…</source>
        <translation>Lưu danh sách lỗi…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose an Excel file</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the Excel file</source>
        <translation>Đang đọc tệp Excel</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Đang kiểm tra các dòng</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 possible duplicates (will be imported and marked for merging), %4 already in the database (skipped), %5 with errors (not imported).</source>
        <translation>%1 dòng: %2 mới, %3 có thể trùng (sẽ nhập và đánh dấu để gộp), %4 đã có trong dữ liệu (bỏ qua), %5 có lỗi (không nhập).</translation>
    </message>
    <message>
        <source>Texts to check (%1)</source>
        <translation>Chữ cần kiểm tra (%1)</translation>
    </message>
    <message>
        <source>Values not in the lists (%1)</source>
        <translation>Giá trị chưa có trong danh mục (%1)</translation>
    </message>
    <message>
        <source>Old addresses (%1)</source>
        <translation>Địa chỉ cũ (%1)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập dữ liệu</translation>
    </message>
    <message>
        <source>Imported %1 rows.</source>
        <translation>Đã nhập %1 dòng.</translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>Saving the error list</source>
        <translation>Đang lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>Saved %1 rows with errors to %2.</source>
        <translation>Đã lưu %1 dòng lỗi vào %2.</translation>
    </message>
    <message>
        <source>Import %1 valid rows</source>
        <translation>Nhập %1 dòng hợp lệ</translation>
    </message>
</context>
<context>
    <name>ExcelNotices</name>
    <message>
        <source>Reading stopped at row {row}: more than {count} empty rows follow in a row. If there is more data further down, delete the empty rows and import again.</source>
        <translation>Đã dừng đọc ở dòng {row}: sau đó có hơn {count} dòng trống liên tiếp. Nếu còn dữ liệu ở phía dưới, hãy xóa các dòng trống rồi nhập lại.</translation>
    </message>
    <message>
        <source>{count} communes or wards were written with their names from before 01/7/2025 and converted to the current ones (the old name is kept in «Địa chỉ cũ»); check them in the list of old addresses.</source>
        <translation>{count} ô ghi xã, phường theo tên trước ngày 01/7/2025 đã được chuyển sang đơn vị hiện nay (tên cũ được giữ ở «Địa chỉ cũ»); hãy kiểm tra trong danh sách địa chỉ cũ.</translation>
    </message>
    <message>
        <source>Column «{column}»: {count} values are not in the list ({cells} cells); choose for each a term of the list, to add it to the list, or to keep it as written.</source>
        <translation>Cột «{column}»: {count} giá trị không có trong danh mục ({cells} ô); với mỗi giá trị, hãy chọn một mục của danh mục, thêm vào danh mục, hoặc giữ nguyên như đã ghi.</translation>
    </message>
    <message>
        <source>Column «{column}»: {count} cells typed in {encoding} were converted to Unicode.</source>
        <translation>Cột «{column}»: {count} ô gõ bằng {encoding} đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>Column «{column}»: {count} cells read as Vietnamese in more than one encoding; check the proposed text in the list of such cells.</source>
        <translation>Cột «{column}»: {count} ô đọc được thành tiếng Việt theo nhiều bảng mã; hãy kiểm tra chữ đề xuất trong danh sách các ô này.</translation>
    </message>
</context>
<context>
    <name>ExcelProgress</name>
    <message>
        <source>Comparing with the data already there…</source>
        <translation>Đang so sánh với dữ liệu đã có…</translation>
    </message>
    <message>
        <source>Backing up the data before the import…</source>
        <translation>Đang sao lưu dữ liệu trước khi nhập…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Đang ghi vào cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Checking the column «{column}»…</source>
        <translation>Đang kiểm tra cột «{column}»…</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Đã kiểm tra xong.</translation>
    </message>
    <message>
        <source>Reading the Excel file…</source>
        <translation>Đang đọc tệp Excel…</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <source>Saving the Excel file…</source>
        <translation>Đang lưu tệp Excel…</translation>
    </message>
</context>
<context>
    <name>ExcelTexts</name>
    <message>
        <source>{rows} rows: {new} new, {candidates} possible duplicates, {duplicates} already there, {invalid} with errors.</source>
        <translation>{rows} dòng: {new} mới, {candidates} có thể trùng, {duplicates} đã có, {invalid} lỗi.</translation>
    </message>
    <message>
        <source>{count} rows without household details were counted in the household on the row above.</source>
        <translation>{count} dòng không ghi thông tin hộ được tính vào hộ ở dòng phía trên.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Các bản ghi tạo nên số liệu</translation>
    </message>
    <message>
        <source>The report states %1, entered by hand by %2 at %3. Why: %4</source>
        <translation>Báo cáo ghi %1, do %2 nhập tay lúc %3. Lý do: %4</translation>
    </message>
    <message>
        <source>This figure is entered by hand; no records are counted for it.</source>
        <translation>Số liệu này nhập tay, không tính từ bản ghi nào.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng, số tiền</translation>
    </message>
    <message>
        <source>Report of an office</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Số bản ghi: %1</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Make a signed, encrypted package to send by e-mail or on a USB stick. Only the offices you choose can open it.</source>
        <translation>Tạo gói dữ liệu có chữ ký, được mã hóa để gửi qua thư điện tử hoặc USB. Chỉ các đơn vị bạn chọn mới mở được gói.</translation>
    </message>
    <message>
        <source>Approved reports, to the office above</source>
        <translation>Báo cáo đã phê duyệt, gửi cấp trên</translation>
    </message>
    <message>
        <source>Data changes, to a trusted office (synchronisation)</source>
        <translation>Dữ liệu thay đổi, gửi đơn vị tin cậy (đồng bộ)</translation>
    </message>
    <message>
        <source>A plan and its tasks, to the offices below</source>
        <translation>Kế hoạch và nhiệm vụ, gửi các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>What to send:</source>
        <translation>Nội dung gửi:</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <source>Make the package…</source>
        <translation>Tạo gói…</translation>
    </message>
    <message>
        <source>No trusted office can receive this kind of package. Add the office on the “Trust” tab first.</source>
        <translation>Chưa có đơn vị tin cậy nào nhận được loại gói này. Hãy thêm đơn vị ở thẻ «Tin cậy» trước.</translation>
    </message>
    <message>
        <source>A synchronisation package goes to one office at a time.</source>
        <translation>Mỗi gói đồng bộ chỉ gửi cho một đơn vị.</translation>
    </message>
    <message>
        <source>Approved reports not sent yet</source>
        <translation>Báo cáo đã phê duyệt chưa gửi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Every record added, changed or deleted since the last package to that office, with attached files.</source>
        <translation>Mọi hồ sơ được thêm, sửa hoặc xóa từ gói gửi đơn vị đó lần trước, kèm tệp đính kèm.</translation>
    </message>
    <message>
        <source>No approved report waits to be sent. Approve a report on the Reports page first.</source>
        <translation>Không có báo cáo đã phê duyệt nào chờ gửi. Hãy phê duyệt báo cáo ở trang Báo cáo trước.</translation>
    </message>
    <message>
        <source>No plan made by this office yet.</source>
        <translation>Đơn vị chưa ban hành kế hoạch nào.</translation>
    </message>
    <message>
        <source>Tick the office(s) to send the package to.</source>
        <translation>Hãy đánh dấu đơn vị nhận gói.</translation>
    </message>
    <message>
        <source>A synchronisation package goes to one office at a time: tick only one.</source>
        <translation>Mỗi gói đồng bộ chỉ gửi cho một đơn vị: hãy chỉ đánh dấu một đơn vị.</translation>
    </message>
    <message>
        <source>Tick the reports to send. Only approved reports can be sent.</source>
        <translation>Hãy đánh dấu báo cáo cần gửi. Chỉ gửi được báo cáo đã phê duyệt.</translation>
    </message>
    <message>
        <source>Choose the plan to send.</source>
        <translation>Hãy chọn kế hoạch cần gửi.</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>Gửi gói</translation>
    </message>
    <message>
        <source>The package is signed with the office&apos;s key.</source>
        <translation>Gói được ký bằng khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>Packages (*.dnnd)</source>
        <translation>Gói dữ liệu (*.dnnd)</translation>
    </message>
    <message>
        <source>Making the package</source>
        <translation>Đang tạo gói dữ liệu</translation>
    </message>
    <message>
        <source>Package saved: %1</source>
        <translation>Đã lưu gói: %1</translation>
    </message>
    <message>
        <source>Send this file by e-mail or on a USB stick. Only the chosen offices can open it.</source>
        <translation>Hãy gửi tệp này qua thư điện tử hoặc USB. Chỉ các đơn vị đã chọn mới mở được.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1: all</source>
        <translation>%1: tất cả</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: có</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: không</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Show only the records of this office</source>
        <translation>Chỉ hiện dữ liệu của đơn vị này</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>This year (%1)</source>
        <translation>Năm nay (%1)</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>First 6 months of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Last year (%1)</source>
        <translation>Năm trước (%1)</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Từ ngày… đến ngày…</translation>
    </message>
</context>
<context>
    <name>GeneratedForm</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>HeaderMappingWidget</name>
    <message>
        <source>Check which information each column of the file holds. Columns set to “(Ignore)” are not imported.</source>
        <translation>Kiểm tra mỗi cột trong tệp chứa thông tin gì. Cột đặt là «(Bỏ qua)» sẽ không được nhập.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <source>(Ignore)</source>
        <translation>(Bỏ qua)</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>Thông tin bắt buộc chưa có cột: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Show sensitive data</source>
        <translation>Xem dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Ethnicity, religion and ID numbers are hidden. Showing them is recorded in the audit log.</source>
        <translation>Dân tộc, tôn giáo và số giấy tờ tùy thân đang được ẩn. Việc xem các thông tin này được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Export this household&apos;s data (PDF)…</source>
        <translation>Xuất dữ liệu của hộ (PDF)…</translation>
    </message>
    <message>
        <source>Anonymise household…</source>
        <translation>Ẩn danh hóa hộ…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Thông tin hộ</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm người thân</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Xóa người thân</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Export this person&apos;s data (PDF)…</source>
        <translation>Xuất dữ liệu của người này (PDF)…</translation>
    </message>
    <message>
        <source>Anonymise person…</source>
        <translation>Ẩn danh hóa người này…</translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation>Người thân ở nước ngoài</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data (Decree 356/2025), of the whole household or of one person abroad: when it was given, for what, how; and when it was withdrawn.</source>
        <translation>Sự đồng ý đối với việc xử lý dữ liệu cá nhân (Nghị định 356/2025) của cả hộ hoặc của một người ở nước ngoài: đồng ý khi nào, cho mục đích gì, bằng hình thức nào; và khi nào rút lại.</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>Sự đồng ý của ai</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Ghi nhận sự đồng ý…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Rút lại…</translation>
    </message>
    <message>
        <source>The person withdrew this consent today: from now on they are left out of lists, printouts and packages</source>
        <translation>Người đó rút lại sự đồng ý này hôm nay: từ nay họ không có trong danh sách, bản in và gói dữ liệu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Đồng ý xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation>(người mới)</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <source>Remove “%1” and their contributions and commendations from this household? This happens when you save.</source>
        <translation>Xóa «%1» cùng các đóng góp, khen thưởng của người này khỏi hộ? Việc xóa thực hiện khi bấm Lưu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Save the household first; then withdraw the consent.</source>
        <translation>Hãy lưu hồ sơ hộ trước, sau đó rút lại sự đồng ý.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Sự đồng ý này đã được rút lại.</translation>
    </message>
    <message>
        <source>Record that this consent was withdrawn today? From now on the person (or the household) is left out of lists, printouts and packages that need it.</source>
        <translation>Ghi nhận sự đồng ý này đã được rút lại hôm nay? Từ nay người đó (hoặc hộ đó) không có trong danh sách, bản in và gói dữ liệu cần sự đồng ý.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút lại</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Head of household</source>
        <translation>Họ và tên chủ hộ</translation>
    </message>
    <message>
        <source>Head&apos;s year of birth</source>
        <translation>Năm sinh chủ hộ</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Village or residential group</source>
        <translation>Thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <source>Old address (before 1 July 2025)</source>
        <translation>Địa chỉ cũ (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>The address as written under the old administrative units, if any.</source>
        <translation>Ghi nguyên văn địa chỉ theo đơn vị hành chính cũ, nếu có.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ 0912 345 678</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Personal ID number (CCCD)</source>
        <translation>Số định danh cá nhân (CCCD)</translation>
    </message>
    <message>
        <source>12 digits (CCCD) or 9 digits (old CMND)</source>
        <translation>12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <source>Delete the household of “%1” with its relatives abroad, their contributions, commendations and consent records? Personal data is wiped; the audit log keeps a trace.</source>
        <translation>Xóa hộ «%1» cùng người thân ở nước ngoài, các đóng góp, khen thưởng và bản ghi đồng ý của hộ? Dữ liệu cá nhân sẽ bị xóa sạch; nhật ký vẫn lưu dấu vết.</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households with relatives abroad</source>
        <translation>Hộ thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ thân nhân</translation>
    </message>
    <message>
        <source>Vietnamese people abroad</source>
        <translation>Người Việt Nam ở nước ngoài</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>May duplicate a household already in the database (same head&apos;s name, birth year and commune).</source>
        <translation>Có thể trùng với hộ đã có trong cơ sở dữ liệu (cùng họ tên chủ hộ, năm sinh và xã).</translation>
    </message>
    <message>
        <source>May duplicate a person already in the database (same name, birth year and commune).</source>
        <translation>Có thể trùng với người đã có trong cơ sở dữ liệu (cùng họ tên, năm sinh và xã).</translation>
    </message>
    <message>
        <source>May duplicate an activity already in the database (same activity name and start date).</source>
        <translation>Có thể trùng với hoạt động đã có trong cơ sở dữ liệu (cùng tên hoạt động và ngày bắt đầu).</translation>
    </message>
    <message>
        <source>May duplicate a twinning pair already in the database (same names of both sides).</source>
        <translation>Có thể trùng với cặp kết nghĩa đã có trong cơ sở dữ liệu (cùng tên hai bên kết nghĩa).</translation>
    </message>
    <message>
        <source>May duplicate a partner already in the database (same name and country).</source>
        <translation>Có thể trùng với đối tác đã có trong cơ sở dữ liệu (cùng tên và quốc gia).</translation>
    </message>
    <message>
        <source>May duplicate a contribution already in the database (same household, person, date and purpose).</source>
        <translation>Có thể trùng với một khoản đóng góp đã có trong cơ sở dữ liệu (cùng hộ, người, ngày và mục đích).</translation>
    </message>
    <message>
        <source>May duplicate a commendation already in the database (same household, person, date and form).</source>
        <translation>Có thể trùng với một khen thưởng đã có trong cơ sở dữ liệu (cùng hộ, người, ngày và hình thức).</translation>
    </message>
    <message>
        <source>May duplicate a consent already in the database (same household and date).</source>
        <translation>Có thể trùng với một lần đồng ý đã có trong cơ sở dữ liệu (cùng hộ và ngày).</translation>
    </message>
    <message>
        <source>May duplicate the household on row {line} (same head&apos;s name, birth year and commune).</source>
        <translation>Có thể trùng với hộ ở dòng {line} (cùng họ tên chủ hộ, năm sinh và xã).</translation>
    </message>
    <message>
        <source>May duplicate the person on row {line} (same name, birth year and commune).</source>
        <translation>Có thể trùng với người ở dòng {line} (cùng họ tên, năm sinh và xã).</translation>
    </message>
    <message>
        <source>May duplicate the activity on row {line} (same activity name and start date).</source>
        <translation>Có thể trùng với hoạt động ở dòng {line} (cùng tên hoạt động và ngày bắt đầu).</translation>
    </message>
    <message>
        <source>May duplicate the twinning pair on row {line} (same names of both sides).</source>
        <translation>Có thể trùng với cặp kết nghĩa ở dòng {line} (cùng tên hai bên kết nghĩa).</translation>
    </message>
    <message>
        <source>May duplicate the partner on row {line} (same name and country).</source>
        <translation>Có thể trùng với đối tác ở dòng {line} (cùng tên và quốc gia).</translation>
    </message>
    <message>
        <source>May duplicate the contribution on row {line} (same household, person, date and purpose).</source>
        <translation>Có thể trùng với khoản đóng góp ở dòng {line} (cùng hộ, người, ngày và mục đích).</translation>
    </message>
    <message>
        <source>May duplicate the commendation on row {line} (same household, person, date and form).</source>
        <translation>Có thể trùng với khen thưởng ở dòng {line} (cùng hộ, người, ngày và hình thức).</translation>
    </message>
    <message>
        <source>May duplicate the consent on row {line} (same household and date).</source>
        <translation>Có thể trùng với lần đồng ý ở dòng {line} (cùng hộ và ngày).</translation>
    </message>
    <message>
        <source>An identical household is already in the database.</source>
        <translation>Đã có hộ giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical person is already in the database.</source>
        <translation>Đã có người giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical activity is already in the database.</source>
        <translation>Đã có hoạt động giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical twinning pair is already in the database.</source>
        <translation>Đã có cặp kết nghĩa giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical partner is already in the database.</source>
        <translation>Đã có đối tác giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical contribution is already in the database.</source>
        <translation>Khoản đóng góp giống hệt đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical commendation is already in the database.</source>
        <translation>Khen thưởng giống hệt đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An identical consent is already in the database.</source>
        <translation>Lần đồng ý giống hệt đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Identical to row {line}.</source>
        <translation>Giống hệt dòng {line}.</translation>
    </message>
    <message>
        <source>May duplicate a record already in the database (same {fields}).</source>
        <translation>Có thể trùng với hồ sơ đã có trong cơ sở dữ liệu (cùng {fields}).</translation>
    </message>
    <message>
        <source>May duplicate the record on row {line} (same {fields}).</source>
        <translation>Có thể trùng với hồ sơ ở dòng {line} (cùng {fields}).</translation>
    </message>
    <message>
        <source>An identical record is already in the database.</source>
        <translation>Đã có hồ sơ giống hệt trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This household is already in the database.</source>
        <translation>Hộ này đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Identical to the household details on row {line}.</source>
        <translation>Giống hệt thông tin hộ ở dòng {line}.</translation>
    </message>
    <message>
        <source>This person is already in the household in the database.</source>
        <translation>Người này đã có trong hộ ở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No household with the head «{name}» (born {year}) in this commune is in the database: import or enter the household first.</source>
        <translation>Chưa có hộ nào có chủ hộ «{name}» (sinh năm {year}) ở xã, phường này trong cơ sở dữ liệu: hãy nhập hoặc thêm hộ trước.</translation>
    </message>
    <message>
        <source>Several households have the head «{name}» in this commune: write the head&apos;s year of birth.</source>
        <translation>Có nhiều hộ có chủ hộ «{name}» ở xã, phường này: hãy ghi năm sinh của chủ hộ.</translation>
    </message>
    <message>
        <source>The household of «{name}» has no person abroad named «{person}»: check the name, or leave it empty for the household as a whole.</source>
        <translation>Hộ của «{name}» không có người ở nước ngoài tên «{person}»: hãy kiểm tra lại tên, hoặc để trống nếu là của cả hộ.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Open a package file (.dnnd) received by e-mail or on a USB stick. The program checks who made it, shows what it would change, and changes nothing until you click “Import”.</source>
        <translation>Mở tệp gói dữ liệu (.dnnd) nhận qua thư điện tử hoặc USB. Phần mềm kiểm tra đơn vị tạo gói, cho xem trước những gì sẽ thay đổi, và không thay đổi gì cho đến khi bạn bấm «Nhập».</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>Mở tệp gói dữ liệu…</translation>
    </message>
    <message>
        <source>Choose a .dnnd file (Ctrl+O)</source>
        <translation>Chọn tệp .dnnd (Ctrl+O)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại gói:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Đơn vị gửi:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Notes about the package appear here.</source>
        <translation>Ghi chú về gói dữ liệu hiện ở đây.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Apply the package to the data (the package is kept, so the import can be undone)</source>
        <translation>Áp dụng gói vào dữ liệu (gói được lưu giữ lại, nên có thể hoàn tác việc nhập)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Do not import this package; nothing is changed</source>
        <translation>Không nhập gói này; dữ liệu không thay đổi</translation>
    </message>
    <message>
        <source>Open a package file</source>
        <translation>Mở tệp gói dữ liệu</translation>
    </message>
    <message>
        <source>Packages (*.dnnd);;All files (*)</source>
        <translation>Gói dữ liệu (*.dnnd);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Đang kiểm tra gói dữ liệu…</translation>
    </message>
    <message>
        <source>To open the package “%1”, the program needs the office&apos;s key.</source>
        <translation>Để mở gói “%1”, chương trình cần khóa của đơn vị.</translation>
    </message>
    <message>
        <source>This package is addressed to another office, not to yours. Nothing was imported. Give the file to the office it is for.</source>
        <translation>Gói này gửi cho đơn vị khác, không phải đơn vị bạn. Không nhập gì. Hãy chuyển tệp cho đúng đơn vị nhận.</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Đang đọc gói dữ liệu</translation>
    </message>
    <message>
        <source>Not opened. Open the file again to see what it contains.</source>
        <translation>Chưa mở. Hãy mở lại tệp để xem nội dung.</translation>
    </message>
    <message>
        <source>This package was imported before; importing it again would change nothing.</source>
        <translation>Gói này đã được nhập trước đây; nhập lại sẽ không thay đổi gì.</translation>
    </message>
    <message>
        <source>Preview: this is what importing the package would change. Nothing has been changed yet. Click “Import” to apply it, or “Cancel”.</source>
        <translation>Xem trước: đây là những gì sẽ thay đổi nếu nhập gói. Chưa có gì bị thay đổi. Bấm «Nhập» để nhập, hoặc «Hủy».</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Đang nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Imported. New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.</source>
        <translation>Đã nhập. Mới: %1, cập nhật: %2, không đổi: %3, xung đột: %4, bị từ chối: %5.</translation>
    </message>
    <message>
        <source>Open the “Conflicts” tab to choose which values to keep.</source>
        <translation>Hãy mở thẻ «Xung đột» để chọn giá trị cần giữ.</translation>
    </message>
    <message>
        <source>The package was kept: the import can be undone (command “dnnd undo-import”).</source>
        <translation>Gói đã được lưu giữ: có thể hoàn tác việc nhập (lệnh “dnnd undo-import”).</translation>
    </message>
    <message>
        <source>Not imported. Nothing was changed.</source>
        <translation>Không nhập. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Không nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(phiên bản %1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>KeyErrors</name>
    <message>
        <source>The key passphrase is wrong. Type it again (mind capital and small letters and the Vietnamese keyboard); if the passphrase is forgotten, restore from the key backup, or create new keys and send the identity card again to the offices you exchange with.</source>
        <translation>Mật khẩu khóa không đúng. Hãy nhập lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt); nếu quên mật khẩu, hãy khôi phục từ bản sao lưu khóa hoặc tạo khóa mới và gửi lại thẻ định danh cho các đơn vị đã trao đổi.</translation>
    </message>
    <message>
        <source>The secret key file is damaged or not in the right format. Restore the key file from its backup.</source>
        <translation>Tệp khóa bí mật bị hỏng hoặc không đúng định dạng. Hãy khôi phục tệp khóa từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The public keys on the identity card are not valid. Ask the other office to export its identity card again.</source>
        <translation>Khóa công khai trên thẻ định danh không hợp lệ. Hãy đề nghị đơn vị kia xuất lại thẻ định danh.</translation>
    </message>
    <message>
        <source>The key passphrase is too short. Choose a passphrase of at least {count} characters and keep a copy in a safe place.</source>
        <translation>Mật khẩu khóa quá ngắn. Hãy đặt mật khẩu có ít nhất {count} ký tự và ghi giữ ở nơi an toàn.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the old one. Choose another passphrase.</source>
        <translation>Mật khẩu mới trùng với mật khẩu cũ. Hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (for example a row of digits, a date, a common word or the office&apos;s name). Use several unrelated words, with a number or a sign, for example «mây trắng bến sông 1975», and keep a copy in a safe place.</source>
        <translation>Cụm mật khẩu này quá dễ đoán (ví dụ một dãy số, một ngày tháng, một từ thông dụng hoặc tên cơ quan). Hãy dùng vài từ không liên quan đến nhau, kèm một con số hoặc ký hiệu, ví dụ «mây trắng bến sông 1975», và cất giữ một bản ở nơi an toàn.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Passphrase for the office key</source>
        <translation>Mật khẩu bảo vệ khóa của đơn vị</translation>
    </message>
    <message>
        <source>The software now creates your office&apos;s own signing key.</source>
        <translation>Phần mềm sẽ tạo khóa ký riêng của đơn vị.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reports and data packages you send are &lt;b&gt;signed&lt;/b&gt; with this key, so the office above knows they really come from you and were not changed on the way.&lt;/p&gt;&lt;p&gt;The passphrase protects the key. You will type it each time you send a package. &lt;b&gt;It cannot be recovered if it is lost&lt;/b&gt;: write it down and keep it in a safe place known to the head of the office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Báo cáo và gói dữ liệu đơn vị gửi đi được &lt;b&gt;ký&lt;/b&gt; bằng khóa này, để cấp trên biết chắc chắn là do đơn vị gửi và không bị sửa đổi trên đường gửi.&lt;/p&gt;&lt;p&gt;Mật khẩu khóa bảo vệ khóa này. Đồng chí sẽ nhập mật khẩu mỗi lần gửi gói dữ liệu. &lt;b&gt;Nếu quên mật khẩu thì không thể khôi phục được&lt;/b&gt;: hãy ghi lại và cất giữ ở nơi an toàn mà lãnh đạo đơn vị biết.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Mật khẩu khóa:</translation>
    </message>
    <message>
        <source>At least 8 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Ít nhất 8 ký tự. Một câu ngắn vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Nhập lại mật khẩu khóa:</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Hiện nội dung đang gõ</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Mật khẩu khóa cần có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Hai mật khẩu khóa không giống nhau.</translation>
    </message>
</context>
<context>
    <name>LevelPage</name>
    <message>
        <source>Level of your office</source>
        <translation>Cấp của đơn vị</translation>
    </message>
    <message>
        <source>Which Front committee does this computer work for?</source>
        <translation>Máy tính này phục vụ Ủy ban MTTQ cấp nào?</translation>
    </message>
    <message>
        <source>Commune, ward or special zone</source>
        <translation>Cấp xã (xã, phường, đặc khu)</translation>
    </message>
    <message>
        <source>The Front committee of a commune, ward or special zone. Since 1 July 2025 this is the level directly below the province.</source>
        <translation>Ủy ban MTTQ Việt Nam xã, phường, đặc khu. Từ ngày 01/7/2025, đây là cấp trực tiếp dưới cấp tỉnh.</translation>
    </message>
    <message>
        <source>Province or centrally-run city</source>
        <translation>Cấp tỉnh (tỉnh, thành phố trực thuộc Trung ương)</translation>
    </message>
    <message>
        <source>The provincial Front committee. It gives tasks to the offices below it and receives and combines their reports.</source>
        <translation>Ủy ban MTTQ Việt Nam tỉnh, thành phố. Giao nhiệm vụ cho cấp dưới, nhận và tổng hợp báo cáo của cấp dưới.</translation>
    </message>
    <message>
        <source>District (before 1 July 2025)</source>
        <translation>Cấp huyện (trước ngày 01/7/2025)</translation>
    </message>
    <message>
        <source>Since 1 July 2025 there are no district-level Front committees. Choose this only if your office still has to keep or finish work from a district committee.</source>
        <translation>Từ ngày 01/7/2025 không còn Ủy ban MTTQ cấp huyện. Chỉ chọn mục này nếu đơn vị vẫn cần lưu giữ hoặc hoàn thành công việc của Ủy ban MTTQ cấp huyện trước đây.</translation>
    </message>
    <message>
        <source>Choose the level of your office.</source>
        <translation>Hãy chọn cấp của đơn vị.</translation>
    </message>
</context>
<context>
    <name>LinkSection</name>
    <message>
        <source>Type to find and add…</source>
        <translation>Gõ để tìm và thêm…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bỏ liên kết</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Twinning pairs</source>
        <translation>Cặp kết nghĩa</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Tasks of the province&apos;s plan</source>
        <translation>Nhiệm vụ theo kế hoạch của tỉnh</translation>
    </message>
    <message>
        <source>Overseas Vietnamese met</source>
        <translation>Kiều bào đã gặp</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Hoàn tác lần nhập này…</translation>
    </message>
    <message>
        <source>Go back to the data as it was before the selected package was imported</source>
        <translation>Đưa dữ liệu về như trước khi nhập gói đang chọn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Gửi / nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại gói</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>No package sent or received yet.</source>
        <translation>Chưa gửi hoặc nhận gói nào.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Undo the import of the package from “%1” received on %2?

The program restores the newest backup made before that import, then imports again, from their kept copies, the packages received between that backup and it. This package and the %3 packages received after it are not imported again; their copies stay in the “received” folder of the data folder, so they can be imported again by hand once the sending office has been asked.

Before restoring, the program backs up the current data (kind “Before a restore”): what was entered since that backup is kept there.

When it is done the program closes; open it again to continue working.</source>
        <translation>Hoàn tác việc nhập gói của “%1” đã nhận lúc %2?

Chương trình sẽ khôi phục bản sao lưu gần nhất được tạo trước lần nhập đó, rồi nhập lại, từ bản lưu giữ, các gói đã nhận trong khoảng từ bản sao lưu đó đến gói này. Gói này và %3 gói nhận sau nó sẽ không được nhập lại; bản lưu của chúng vẫn nằm trong thư mục “received” của thư mục dữ liệu, để có thể tự nhập lại sau khi đã hỏi lại đơn vị gửi.

Trước khi khôi phục, chương trình sao lưu dữ liệu hiện tại (loại “Trước khi khôi phục”): những gì đã nhập từ bản sao lưu kia vẫn còn trong bản sao lưu này.

Khi xong, chương trình sẽ đóng lại; hãy mở lại để tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Hoàn tác lần nhập gói</translation>
    </message>
    <message>
        <source>Undoing an import imports the kept packages again.</source>
        <translation>Hoàn tác lần nhập sẽ nhập lại các gói đã lưu giữ.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Đang hoàn tác lần nhập</translation>
    </message>
    <message>
        <source>The import was undone: the backup “%1” was restored and %2 packages were imported again.</source>
        <translation>Đã hoàn tác lần nhập: đã khôi phục bản sao lưu “%1” và đã nhập lại %2 gói.</translation>
    </message>
    <message>
        <source>%1 packages could not be imported again; import them by hand from the “received” folder.</source>
        <translation>%1 gói không nhập lại được; hãy tự nhập các gói này từ thư mục “received”.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Choose your name to start working.</source>
        <translation>Chọn tên của đồng chí để bắt đầu làm việc.</translation>
    </message>
    <message>
        <source>Choose your name to start working for %1.</source>
        <translation>Chọn tên của đồng chí để bắt đầu làm việc tại %1.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>LowerOfficesPage</name>
    <message>
        <source>Lower offices</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>The district and commune Front offices that send their packages to this office. Register each one from its identity card after checking the fingerprint by phone.</source>
        <translation>Ủy ban MTTQ cấp huyện, cấp xã gửi gói dữ liệu về văn phòng tỉnh. Đăng ký từng đơn vị từ thẻ định danh sau khi đối chiếu dấu vân tay qua điện thoại.</translation>
    </message>
    <message>
        <source>Register from identity card…</source>
        <translation>Đăng ký từ thẻ định danh…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Import a package received from a lower office (reports, records)</source>
        <translation>Nhập gói nhận được từ đơn vị cấp dưới (báo cáo, dữ liệu)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Gói nhận gần nhất</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Báo cáo gần nhất</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Tình trạng báo cáo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>No lower office registered yet. Ask each office to save its identity card (%1) and send you the file; then click “%2” here.</source>
        <translation>Chưa đăng ký đơn vị cấp dưới nào. Đề nghị từng đơn vị lưu thẻ định danh của mình (%1) rồi gửi tệp cho đơn vị; sau đó bấm “%2” tại đây.</translation>
    </message>
    <message>
        <source>%1 (trust revoked)</source>
        <translation>%1 (đã thu hồi tin cậy)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Identity card of the lower office</source>
        <translation>Thẻ định danh của đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Identity cards (*.dnndid);;All files (*)</source>
        <translation>Thẻ định danh (*.dnndid);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 is registered. Its packages can now be imported.</source>
        <translation>Đã đăng ký %1. Từ nay có thể nhập các gói của đơn vị này.</translation>
    </message>
    <message>
        <source>Package from a lower office</source>
        <translation>Gói dữ liệu của đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Packages (*.dnnd)</source>
        <translation>Gói dữ liệu (*.dnnd)</translation>
    </message>
    <message>
        <source>Opening a package needs the office&apos;s key.</source>
        <translation>Mở gói dữ liệu cần khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Đang nhập gói dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>People&apos;s Diplomacy — %1</source>
        <translation>Đối ngoại nhân dân — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Check the digital signatures of a PDF…</source>
        <translation>Kiểm tra chữ ký số của tệp PDF…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Try it with sample data…</source>
        <translation>Dùng thử với dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>This opens a separate sample office with made-up households, activities, tasks and reports, in a new window. Your office&apos;s data is not touched. The passphrase of the sample office&apos;s key is: %1</source>
        <translation>Chương trình sẽ mở một đơn vị mẫu riêng, với các hộ, hoạt động, nhiệm vụ và báo cáo giả định, trong một cửa sổ mới. Dữ liệu của đơn vị bạn không bị động đến. Mật khẩu khóa của đơn vị mẫu là: %1</translation>
    </message>
    <message>
        <source>Preparing the sample office</source>
        <translation>Đang chuẩn bị đơn vị mẫu</translation>
    </message>
    <message>
        <source>The sample office could not be started.</source>
        <translation>Không mở được đơn vị mẫu.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;People&apos;s Diplomacy&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Software for the Vietnamese Fatherland Front&apos;s people&apos;s diplomacy work and work with Vietnamese people abroad.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Đối ngoại nhân dân&lt;/h3&gt;&lt;p&gt;Phiên bản %1&lt;/p&gt;&lt;p&gt;Phần mềm phục vụ công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài của Mặt trận Tổ quốc Việt Nam.&lt;/p&gt;&lt;p&gt;Giấy phép: GNU General Public License, phiên bản 3 trở lên (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A job is still running</source>
        <translation>Công việc đang chạy</translation>
    </message>
    <message>
        <source>A job is still running. Stop it and close the program?</source>
        <translation>Vẫn còn công việc đang chạy. Dừng công việc đó và đóng phần mềm?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Kết nghĩa</translation>
    </message>
    <message>
        <source>Households &amp; relatives abroad</source>
        <translation>Hộ thân nhân &amp; kiều bào</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Border groups, associations, training</source>
        <translation>Tự quản biên giới, hội, tập huấn</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Lower offices</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Plans for lower offices</source>
        <translation>Kế hoạch gửi cấp dưới</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Báo cáo cấp dưới</translation>
    </message>
    <message>
        <source>Consolidated report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>The figures are computed from the records of the period you choose. You can correct them and write the text afterwards.</source>
        <translation>Số liệu được tính từ dữ liệu đã nhập trong kỳ bạn chọn. Sau đó bạn có thể sửa số liệu và viết phần nội dung.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu báo cáo:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Report for: %1, %2</source>
        <translation>Báo cáo %1, %2</translation>
    </message>
    <message>
        <source>Report for: %1</source>
        <translation>Báo cáo %1</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsBox</name>
    <message>
        <source>Office name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Body above (document header)</source>
        <translation>Cơ quan cấp trên (tiêu đề văn bản)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Place (date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Save the office&apos;s details</source>
        <translation>Lưu thông tin đơn vị</translation>
    </message>
    <message>
        <source>Used by the next report, printout and document</source>
        <translation>Dùng cho báo cáo, bản in và văn bản tiếp theo</translation>
    </message>
    <message>
        <source>Only administrators can change the office&apos;s details.</source>
        <translation>Chỉ quản trị viên mới sửa được thông tin đơn vị.</translation>
    </message>
    <message>
        <source>Saved. The next document uses these details.</source>
        <translation>Đã lưu. Văn bản tiếp theo sẽ dùng thông tin này.</translation>
    </message>
</context>
<context>
    <name>OfficeErrors</name>
    <message>
        <source>Only a person with the Administrator role may change the office&apos;s details.</source>
        <translation>Chỉ người có vai trò Quản trị mới được sửa thông tin đơn vị.</translation>
    </message>
    <message>
        <source>This field is needed on every document; fill it in.</source>
        <translation>Mọi văn bản đều cần thông tin này; hãy điền vào.</translation>
    </message>
    <message>
        <source>Some of the office&apos;s details are missing.</source>
        <translation>Còn thiếu một số thông tin của đơn vị.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office details for documents</source>
        <translation>Thông tin đơn vị trên văn bản</translation>
    </message>
    <message>
        <source>These appear in the heading, date line and signature of your reports.</source>
        <translation>Các thông tin này được in ở phần đầu, dòng địa danh – ngày tháng và phần ký của báo cáo.</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>Body above:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <source>Printed above your office name in the document heading.</source>
        <translation>In phía trên tên đơn vị ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Used in document numbers, e.g. No. 05/BC-MTTQ-BTT.</source>
        <translation>Dùng trong số văn bản, ví dụ: Số: 05/BC-MTTQ-BTT.</translation>
    </message>
    <message>
        <source>e.g. &quot;Bat Xat&quot; gives the date line &quot;Bat Xat, 15 May 2026&quot;.</source>
        <translation>Ví dụ: «Bát Xát» sẽ in thành «Bát Xát, ngày 15 tháng 5 năm 2026».</translation>
    </message>
    <message>
        <source>Type the title of the head, e.g. Chair.</source>
        <translation>Hãy nhập chức vụ người ký, ví dụ: Chủ tịch.</translation>
    </message>
    <message>
        <source>Place on the date line:</source>
        <translation>Địa danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Title of the head:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Name of the head:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>Can be left empty and filled in later.</source>
        <translation>Có thể để trống và bổ sung sau.</translation>
    </message>
    <message>
        <source>Type the name of your office.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Type the symbol used in your document numbers.</source>
        <translation>Hãy nhập ký hiệu dùng trong số văn bản.</translation>
    </message>
    <message>
        <source>Type the place name for the date line.</source>
        <translation>Hãy nhập địa danh ghi ở dòng ngày tháng.</translation>
    </message>
</context>
<context>
    <name>OldAddressesPanel</name>
    <message>
        <source>These communes and wards are written with their names from before 1 July 2025. They are imported as the current commune shown; the old name is kept in the old address. Where an old commune was split, choose the current one.</source>
        <translation>Các xã, phường này được ghi theo tên trước ngày 01/7/2025. Khi nhập sẽ ghi thành đơn vị hiện nay như bên cạnh; tên cũ được giữ ở địa chỉ cũ. Với xã cũ đã chia cho nhiều đơn vị, hãy chọn đơn vị hiện nay.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Old name in the file</source>
        <translation>Tên cũ trong tệp</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Số ô</translation>
    </message>
    <message>
        <source>Current commune or ward</source>
        <translation>Xã, phường hiện nay</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Correct a figure</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <source>Computed from the records:</source>
        <translation>Số tính từ dữ liệu:</translation>
    </message>
    <message>
        <source>a whole number, e.g. 12</source>
        <translation>số nguyên, ví dụ 12</translation>
    </message>
    <message>
        <source>Figure in the report:</source>
        <translation>Số đưa vào báo cáo:</translation>
    </message>
    <message>
        <source>e.g. according to the commune&apos;s register</source>
        <translation>ví dụ: theo sổ theo dõi của xã</translation>
    </message>
    <message>
        <source>Say why the figure differs from the records; the note is kept with the report.</source>
        <translation>Ghi rõ vì sao số liệu khác với dữ liệu đã nhập; ghi chú được lưu cùng báo cáo.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Use the computed figure</source>
        <translation>Dùng lại số tính từ dữ liệu</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Không phát sinh</translation>
    </message>
    <message>
        <source>Nothing of this kind arose in the period: the printed report says so</source>
        <translation>Trong kỳ không có việc này: báo cáo in ra ghi «Không phát sinh»</translation>
    </message>
    <message>
        <source>Type a whole number that is not negative.</source>
        <translation>Hãy nhập số nguyên không âm.</translation>
    </message>
    <message>
        <source>Write why the figure is corrected.</source>
        <translation>Hãy ghi lý do sửa số liệu.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào đồng chí %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Activities this year</source>
        <translation>Hoạt động trong năm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Lượt người tham gia</translation>
    </message>
    <message>
        <source>Active twinning pairs</source>
        <translation>Cặp kết nghĩa đang hoạt động</translation>
    </message>
    <message>
        <source>Households with relatives abroad</source>
        <translation>Hộ thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Vietnamese people abroad</source>
        <translation>Người Việt Nam ở nước ngoài</translation>
    </message>
    <message>
        <source>Contributions this year</source>
        <translation>Đóng góp trong năm</translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation>Hoạt động theo loại</translation>
    </message>
    <message>
        <source>Activities by partner country</source>
        <translation>Hoạt động theo nước đối tác</translation>
    </message>
    <message>
        <source>Vietnamese people abroad by country</source>
        <translation>Người Việt Nam ở nước ngoài theo nước</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Hạn sắp tới</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>(no data yet)</source>
        <translation>(chưa có số liệu)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Figures of %1 (activities and contributions this year; households, persons and twinning pairs as they stand).</source>
        <translation>Số liệu năm %1 (hoạt động và đóng góp trong năm; hộ, người và cặp kết nghĩa tính đến nay).</translation>
    </message>
    <message>
        <source>Vietnamese: %1 · foreign: %2 · overseas Vietnamese: %3</source>
        <translation>Người Việt Nam: %1 · người nước ngoài: %2 · kiều bào: %3</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đ</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Nhiệm vụ %1: %2</translation>
    </message>
    <message>
        <source>%1 · overdue by %2 days</source>
        <translation>%1 · quá hạn %2 ngày</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · hết hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 · %2 days left</source>
        <translation>%1 · còn %2 ngày</translation>
    </message>
    <message>
        <source>No report or task deadline is coming up. Deadlines appear here when the province&apos;s plan arrives or a report period ends.</source>
        <translation>Chưa có hạn báo cáo hay nhiệm vụ nào sắp tới. Các hạn sẽ hiện ở đây khi nhận kế hoạch của tỉnh hoặc khi hết một kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Mã nhận dạng khóa:</translation>
    </message>
    <message>
        <source>The key fingerprint identifies this office. When another office adds you to its trusted list, read it out to them by phone so they can check it.</source>
        <translation>Mã nhận dạng khóa xác định đơn vị này. Khi một đơn vị khác thêm đơn vị mình vào danh sách tin cậy, hãy đọc mã này qua điện thoại để họ đối chiếu.</translation>
    </message>
</context>
<context>
    <name>PackageErrors</name>
    <message>
        <source>The package content is not valid ({what}). This package was not imported: ask the sending office to update the app and send the package again.</source>
        <translation>Nội dung gói dữ liệu không hợp lệ ({what}). Không nhập gói này; hãy yêu cầu đơn vị gửi cập nhật phần mềm và gửi lại gói.</translation>
    </message>
    <message>
        <source>{name} missing</source>
        <translation>thiếu {name}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>answer to a report</source>
        <translation>trả lời báo cáo</translation>
    </message>
    <message>
        <source>unexpected file</source>
        <translation>tệp không mong đợi</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>The plan in the tasks package is not valid: {problem}</source>
        <translation>Kế hoạch trong gói nhiệm vụ không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>identity card in the package</source>
        <translation>thẻ định danh trong gói</translation>
    </message>
    <message>
        <source>The trust data of «{office_name}» has expired. This package was not imported: ask that office to send a new tasks package (or a new identity card, to compare the fingerprint again).</source>
        <translation>Dữ liệu tin cậy của «{office_name}» đã hết hạn. Không nhập gói này; hãy đề nghị đơn vị đó gửi gói nhiệm vụ mới (hoặc thẻ định danh mới để đối chiếu lại dấu vân tay).</translation>
    </message>
    <message>
        <source>The trust data in the tasks package does not match the key that signed the package. This package was not imported: call the parent office to check.</source>
        <translation>Dữ liệu tin cậy trong gói nhiệm vụ không khớp với khóa đã ký gói. Không nhập gói này; hãy gọi điện cho cấp trên để kiểm tra.</translation>
    </message>
    <message>
        <source>The tasks package uses the plan id of another office. This package was not imported.</source>
        <translation>Gói nhiệm vụ dùng mã kế hoạch của đơn vị khác. Không nhập gói này.</translation>
    </message>
    <message>
        <source>A report template in the tasks package cannot be used: {problem}</source>
        <translation>Mẫu báo cáo trong gói nhiệm vụ không dùng được: {problem}</translation>
    </message>
    <message>
        <source>identity package</source>
        <translation>gói định danh</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>thẻ định danh</translation>
    </message>
    <message>
        <source>The receiving office «{office_id}» is not in the trust list. Trust that office&apos;s identity card first (command «dnnd trust»).</source>
        <translation>Không có đơn vị nhận «{office_id}» trong danh sách tin cậy. Hãy tin cậy thẻ định danh của đơn vị đó trước (lệnh «dnnd trust»).</translation>
    </message>
    <message>
        <source>This office has no report «{report_id}». See the list with «dnnd report list».</source>
        <translation>Không có báo cáo «{report_id}» của đơn vị. Hãy xem danh sách bằng «dnnd report list».</translation>
    </message>
    <message>
        <source>The report for {period} is not approved yet. Submit it to the head for approval before sending it.</source>
        <translation>Báo cáo kỳ {period} chưa được phê duyệt. Hãy trình lãnh đạo phê duyệt trước khi gửi.</translation>
    </message>
    <message>
        <source>Name the plan to send (a PLAN.json file with --plan).</source>
        <translation>Hãy chỉ ra kế hoạch cần gửi (tệp PLAN.json với --plan).</translation>
    </message>
    <message>
        <source>Only a plan issued by this office can be sent.</source>
        <translation>Chỉ gửi được kế hoạch do chính đơn vị ban hành.</translation>
    </message>
    <message>
        <source>There is no package kind «{kind}» (report, sync, tasks).</source>
        <translation>Loại gói «{kind}» không có (report, sync, tasks).</translation>
    </message>
    <message>
        <source>Name the office that receives the package.</source>
        <translation>Hãy chỉ ra đơn vị nhận gói.</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist. Choose another folder.</source>
        <translation>Thư mục «{folder}» không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>There is no approved report that has not been sent. Approve a report first (or name one with --report).</source>
        <translation>Không có báo cáo nào đã phê duyệt mà chưa gửi. Hãy phê duyệt báo cáo trước (hoặc chỉ ra báo cáo bằng --report).</translation>
    </message>
    <message>
        <source>There are no answers to reports for this office yet.</source>
        <translation>Chưa có trả lời báo cáo nào cho đơn vị này.</translation>
    </message>
    <message>
        <source>A report package goes up to the parent office only (or answers down to one lower office).</source>
        <translation>Gói báo cáo chỉ gửi lên đơn vị cấp trên (hoặc gửi trả lời xuống một đơn vị cấp dưới).</translation>
    </message>
    <message>
        <source>Only a province office sends tasks packages.</source>
        <translation>Chỉ văn phòng cấp tỉnh mới gửi gói nhiệm vụ.</translation>
    </message>
    <message>
        <source>A tasks package goes to lower offices only.</source>
        <translation>Gói nhiệm vụ chỉ gửi cho các đơn vị cấp dưới.</translation>
    </message>
    <message>
        <source>A sync package goes to one office at a time.</source>
        <translation>Gói đồng bộ gửi cho từng đơn vị một.</translation>
    </message>
    <message>
        <source>There are no changes to sync.</source>
        <translation>Không có thay đổi nào cần đồng bộ.</translation>
    </message>
    <message>
        <source>The package file «{path}» was not found. Check the path.</source>
        <translation>Không tìm thấy tệp gói dữ liệu «{path}». Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>WARNING: this package carries the id of a package imported before, but its content differs. The package may be forged, or the sender&apos;s app may be faulty. This package was not imported: call the sending office to check.</source>
        <translation>CẢNH BÁO: gói này mang mã của một gói đã nhập trước đây nhưng nội dung khác. Có thể gói bị làm giả hoặc phần mềm nơi gửi bị lỗi. Không nhập gói này; hãy gọi điện cho đơn vị gửi để kiểm tra.</translation>
    </message>
    <message>
        <source>This is a package your own office made to send; it need not be imported. Send this file to the receiving office.</source>
        <translation>Đây là gói do chính đơn vị bạn tạo ra để gửi đi, không cần nhập lại. Hãy gửi tệp này cho đơn vị nhận.</translation>
    </message>
    <message>
        <source>package kind</source>
        <translation>loại gói</translation>
    </message>
    <message>
        <source>This version of the app cannot sync data between offices yet. Update the app to the newest version.</source>
        <translation>Phiên bản phần mềm này chưa có chức năng đồng bộ dữ liệu giữa các đơn vị. Hãy cập nhật phần mềm lên phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>unknown record kind</source>
        <translation>loại bản ghi không biết</translation>
    </message>
    <message>
        <source>attachment file</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>attachment not listed</source>
        <translation>tệp đính kèm không kê khai</translation>
    </message>
    <message>
        <source>This file is not a data package (.dnnd) or it is damaged. Check that it is the file that came attached to the e-mail or on the USB stick.</source>
        <translation>Tệp này không phải là gói dữ liệu (.dnnd) hoặc đã bị hỏng. Hãy kiểm tra lại đúng tệp được gửi kèm thư điện tử hoặc trên USB.</translation>
    </message>
    <message>
        <source>The data package has a format this software does not support. Do not import this package; ask the sending office to send it again.</source>
        <translation>Gói dữ liệu có định dạng không được hỗ trợ. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package was made with a newer version of the app than the one on this computer. Update the app on this computer to the newest version, then open the package again; the sending office need not do anything.</source>
        <translation>Gói dữ liệu được tạo bằng phiên bản phần mềm mới hơn phiên bản trên máy này. Hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất rồi mở lại gói; đơn vị gửi không cần làm gì.</translation>
    </message>
    <message>
        <source>The data in the package needs a newer version of the app than the one on this computer. Update the app on this computer to the newest version, then import the package again; the sending office need not do anything.</source>
        <translation>Dữ liệu trong gói cần phiên bản phần mềm mới hơn phiên bản trên máy này. Hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất rồi nhập lại gói; đơn vị gửi không cần làm gì.</translation>
    </message>
    <message>
        <source>The header of the data package is larger than allowed; the package may be damaged or forged. Do not import this package; ask the sending office to send it again.</source>
        <translation>Phần đầu của gói dữ liệu vượt quá giới hạn cho phép, gói có thể bị hỏng hoặc bị giả mạo. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The header of the data package is not valid. Do not import this package; ask the sending office to send it again.</source>
        <translation>Phần đầu của gói dữ liệu không hợp lệ. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The end of the data package is missing (the file was not copied completely or was cut off). Copy the file again from the e-mail or USB stick and retry; if it still fails, ask the sending office to send it again.</source>
        <translation>Gói dữ liệu bị thiếu phần cuối (tệp chưa chép xong hoặc bị cắt). Hãy chép lại tệp từ thư điện tử hoặc USB rồi thử lại; nếu vẫn lỗi, hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package was changed or damaged after it was signed. Do not import this package; ask the sending office to send it again.</source>
        <translation>Gói dữ liệu đã bị thay đổi hoặc hỏng sau khi ký. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package is signed with the key of an office that is not trusted yet. Receive the sending office&apos;s identity card, compare the fingerprint by telephone, then open the package again.</source>
        <translation>Gói dữ liệu được ký bằng khóa của một đơn vị chưa được tin cậy. Hãy nhận thẻ định danh của đơn vị gửi, đối chiếu dấu vân tay qua điện thoại rồi mở lại gói.</translation>
    </message>
    <message>
        <source>The sending office&apos;s signing key has been revoked. Do not import this package; contact the sending office to receive its new identity card.</source>
        <translation>Khóa ký của đơn vị gửi đã bị thu hồi. Không nhập gói này; hãy liên hệ đơn vị gửi để nhận thẻ định danh mới.</translation>
    </message>
    <message>
        <source>The office that signed the package may not send this kind of package or sign for another office. Do not import this package; call the sending office to check.</source>
        <translation>Đơn vị ký gói không có quyền gửi loại gói này hoặc ký thay cho đơn vị khác. Không nhập gói này; hãy liên hệ đơn vị gửi qua điện thoại để kiểm tra.</translation>
    </message>
    <message>
        <source>This data package is not addressed to your office, so it cannot be opened. Check the file, or ask the sending office to make a package addressed to your office.</source>
        <translation>Gói dữ liệu này không gửi cho đơn vị của bạn nên không mở được. Hãy kiểm tra lại tệp, hoặc đề nghị đơn vị gửi tạo gói gửi đúng cho đơn vị bạn.</translation>
    </message>
    <message>
        <source>The data package cannot be decrypted with your office&apos;s key. The sending office may be using your old identity card; send them your current identity card and ask them to send the package again.</source>
        <translation>Không giải mã được gói dữ liệu bằng khóa của đơn vị bạn. Có thể đơn vị gửi đang dùng thẻ định danh cũ của bạn; hãy gửi lại thẻ định danh hiện tại và đề nghị họ gửi lại gói.</translation>
    </message>
    <message>
        <source>The content inside the data package is not in the right format. Do not import this package; ask the sending office to send it again.</source>
        <translation>Nội dung bên trong gói dữ liệu không đúng định dạng. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The list of files inside the package does not match the package header. Do not import this package; ask the sending office to send it again.</source>
        <translation>Danh mục bên trong gói không khớp với phần đầu gói. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The content of a file in the package does not match the list of files (wrong checksum). Do not import this package; ask the sending office to send it again.</source>
        <translation>Nội dung một tệp trong gói không khớp với danh mục (mã kiểm tra sai). Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The size of a file in the package does not match the list of files. Do not import this package; ask the sending office to send it again.</source>
        <translation>Kích thước một tệp trong gói không khớp với danh mục. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package lacks a file named in its list of files. Do not import this package; ask the sending office to send it again.</source>
        <translation>Gói dữ liệu thiếu tệp có trong danh mục. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package holds a file that is not in its list of files, or is repeated. Do not import this package; ask the sending office to send it again.</source>
        <translation>Gói dữ liệu chứa tệp không có trong danh mục hoặc bị lặp. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package holds a file name that is invalid or unsafe. Do not import this package; ask the sending office to send it again.</source>
        <translation>Gói dữ liệu chứa tên tệp không hợp lệ hoặc không an toàn. Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại.</translation>
    </message>
    <message>
        <source>The data package exceeds the allowed size or number of files. Split the data into several smaller packages.</source>
        <translation>Gói dữ liệu vượt quá giới hạn kích thước hoặc số lượng tệp cho phép. Hãy chia dữ liệu thành nhiều gói nhỏ hơn.</translation>
    </message>
    <message>
        <source>The data package has expired. Ask the sending office to make and send a new package.</source>
        <translation>Gói dữ liệu đã hết hạn sử dụng. Hãy đề nghị đơn vị gửi tạo và gửi gói mới.</translation>
    </message>
    <message>
        <source>The details for making the data package are not valid. Check the receiving offices and try again; if it still fails, tell the support team.</source>
        <translation>Thông tin để tạo gói dữ liệu không hợp lệ. Hãy kiểm tra đơn vị nhận và thử lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>the package header</source>
        <translation>phần đầu gói</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>đơn vị gửi</translation>
    </message>
    <message>
        <source>recipient {n}</source>
        <translation>đơn vị nhận thứ {n}</translation>
    </message>
    <message>
        <source>{place}: is not a real date and time (UTC).</source>
        <translation>{place}: không phải ngày giờ có thật (UTC).</translation>
    </message>
    <message>
        <source>{place}: a receiving office is listed twice.</source>
        <translation>{place}: một đơn vị nhận được ghi hai lần.</translation>
    </message>
    <message>
        <source>{place}: the expiry is not after the creation time.</source>
        <translation>{place}: hạn dùng không sau thời điểm tạo gói.</translation>
    </message>
    <message>
        <source>the list of files inside the package</source>
        <translation>danh mục tệp bên trong gói</translation>
    </message>
    <message>
        <source>file {n}</source>
        <translation>tệp thứ {n}</translation>
    </message>
    <message>
        <source>{place}: is not a date and time (YYYY-MM-DDTHH:MM:SS).</source>
        <translation>{place}: không phải ngày giờ (NĂM-THÁNG-NGÀYTGIỜ:PHÚT:GIÂY).</translation>
    </message>
    <message>
        <source>{place}: is not a date (YYYY-MM-DD).</source>
        <translation>{place}: không phải ngày (NĂM-THÁNG-NGÀY).</translation>
    </message>
    <message>
        <source>reports.json</source>
        <translation>tệp reports.json</translation>
    </message>
    <message>
        <source>report {n}</source>
        <translation>báo cáo thứ {n}</translation>
    </message>
    <message>
        <source>answers.json</source>
        <translation>tệp answers.json</translation>
    </message>
    <message>
        <source>answer {n}</source>
        <translation>câu trả lời thứ {n}</translation>
    </message>
    <message>
        <source>On a database server an import is undone from the server&apos;s own backups (docs/server.md).</source>
        <translation>Với cơ sở dữ liệu trên máy chủ, việc nhập gói được hoàn tác bằng các bản sao lưu của chính máy chủ (docs/server.md).</translation>
    </message>
    <message>
        <source>No imported package has the id «{id}». See the list with “dnnd package log”.</source>
        <translation>Không có gói đã nhập nào mang mã «{id}». Xem danh sách bằng lệnh “dnnd package log”.</translation>
    </message>
    <message>
        <source>There is no backup made before this package was imported, so the import cannot be undone.</source>
        <translation>Không có bản sao lưu nào được tạo trước khi nhập gói này, nên không thể hoàn tác việc nhập.</translation>
    </message>
    <message>
        <source>{count} packages received after the backup are not kept any more, so the import cannot be undone exactly.</source>
        <translation>{count} gói nhận sau bản sao lưu không còn được lưu giữ, nên không thể hoàn tác việc nhập một cách chính xác.</translation>
    </message>
    <message>
        <source>unknown vocabulary</source>
        <translation>danh mục không xác định</translation>
    </message>
    <message>
        <source>The package holds a part that is far larger than any real one (at most {limit} MB). It was not imported. Ask the sending office to check its app and send the package again.</source>
        <translation>Gói dữ liệu có một phần lớn hơn nhiều so với bất kỳ gói thật nào (tối đa {limit} MB). Gói không được nhập. Hãy đề nghị cơ quan gửi kiểm tra phần mềm và gửi lại gói.</translation>
    </message>
    <message>
        <source>The package holds a record far larger than any real one. It was not imported. Ask the sending office to check its app and send the package again.</source>
        <translation>Gói dữ liệu có một bản ghi lớn hơn nhiều so với bất kỳ bản ghi thật nào. Gói không được nhập. Hãy đề nghị cơ quan gửi kiểm tra phần mềm và gửi lại gói.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>The report for {period} does not belong to the lower office that sent the package: skipped.</source>
        <translation>Báo cáo kỳ {period} không thuộc đơn vị cấp dưới đã gửi gói: bỏ qua.</translation>
    </message>
    <message>
        <source>The report for {period} has already been answered; a correction must be sent as a new revision.</source>
        <translation>Báo cáo kỳ {period} đã được trả lời; bản sửa cần gửi thành lần sửa mới.</translation>
    </message>
    <message>
        <source>The parent office acknowledged the report {period}: {comment}</source>
        <translation>Cấp trên đã tiếp nhận báo cáo {period}: {comment}</translation>
    </message>
    <message>
        <source>The parent office acknowledged the report {period}.</source>
        <translation>Cấp trên đã tiếp nhận báo cáo {period}.</translation>
    </message>
    <message>
        <source>The parent office returned the report {period} for correction: {comment}</source>
        <translation>Cấp trên trả lại để sửa báo cáo {period}: {comment}</translation>
    </message>
    <message>
        <source>The parent office returned the report {period} for correction.</source>
        <translation>Cấp trên trả lại để sửa báo cáo {period}.</translation>
    </message>
    <message>
        <source>The parent office revoked the key of «{office}»: packages signed with it are no longer accepted here.</source>
        <translation>Cấp trên đã thu hồi khóa của «{office}»: các gói ký bằng khóa đó không còn được nhận ở đây.</translation>
    </message>
    <message>
        <source>The identity card in this package is dated later than the date on this computer, so it was not taken. Check the date and time on this computer (and ask the sending office to check theirs).</source>
        <translation>Thẻ định danh trong gói này ghi ngày muộn hơn ngày trên máy này nên không được nhận. Hãy kiểm tra ngày giờ trên máy này (và đề nghị đơn vị gửi kiểm tra máy của họ).</translation>
    </message>
    <message>
        <source>This package holds version {version} of the plan «{title}», older than version {received} already received: the newer version is kept.</source>
        <translation>Gói này chứa phiên bản {version} của kế hoạch «{title}», cũ hơn phiên bản {received} đã nhận: giữ nguyên phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>Template «{code}» version {version} clashes with a built-in template: the built-in one is kept.</source>
        <translation>Mẫu «{code}» phiên bản {version} trùng mẫu có sẵn: giữ mẫu có sẵn.</translation>
    </message>
    <message>
        <source>«{office}» changed its keys; its new card was signed with the old key, which is no longer trusted. New fingerprint: {fingerprint}.</source>
        <translation>«{office}» đã đổi khóa; thẻ mới được ký bằng khóa cũ, khóa cũ không còn được tin cậy. Dấu vân tay mới: {fingerprint}.</translation>
    </message>
    <message>
        <source>The identity card in the package has new keys: receive the card and compare its fingerprint by phone before trusting it.</source>
        <translation>Thẻ định danh trong gói có khóa mới: hãy nhận thẻ và đối chiếu dấu vân tay qua điện thoại trước khi tin cậy.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Package imported before</source>
        <translation>Gói đã nhập trước đây</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>{action}: {kind} package from «{sender}»:</source>
        <translation>{action}: gói {kind} từ «{sender}»:</translation>
    </message>
    <message>
        <source>new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, refused {rejected}.</source>
        <translation>mới {new}, cập nhật {updated}, không đổi {unchanged}, xung đột {conflicts}, bị từ chối {rejected}.</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>Gói này đã được nhập trước đây; không có thay đổi nào.</translation>
    </message>
    <message>
        <source>{kind} from {sender}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, refused {rejected}</source>
        <translation>{kind} từ {sender}: mới {new}, cập nhật {updated}, không đổi {unchanged}, xung đột {conflicts}, từ chối {rejected}</translation>
    </message>
    <message>
        <source>{count} records were changed at two offices at the same time: see «Conflicts to resolve» (command «dnnd conflicts list») to choose the right values.</source>
        <translation>Có {count} bản ghi bị sửa đồng thời tại hai đơn vị: xem mục «Xung đột cần xử lý» (lệnh «dnnd conflicts list») để chọn giá trị đúng.</translation>
    </message>
    <message>
        <source>{count} invalid records were skipped ({reasons}). The sending office will send them again in its next package; if this happens again, ask the sending office to update the app.</source>
        <translation>{count} bản ghi không hợp lệ bị bỏ qua ({reasons}). Đơn vị gửi sẽ gửi lại trong gói sau; nếu lặp lại, hãy báo cho đơn vị gửi cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>This package is dated {date}, later than the date on this computer. Either this computer&apos;s date or the sending office&apos;s is wrong: check the date and time here (and ask the sending office to check theirs).</source>
        <translation>Gói này ghi ngày {date}, muộn hơn ngày trên máy này. Ngày giờ trên máy này hoặc trên máy của đơn vị gửi đang sai: hãy kiểm tra ngày giờ trên máy này (và đề nghị đơn vị gửi kiểm tra máy của họ).</translation>
    </message>
    <message>
        <source>This package was made on {date}, long before the date on this computer ({today}). If that is not right, check the date and time on this computer.</source>
        <translation>Gói này được lập ngày {date}, trước rất lâu so với ngày trên máy này ({today}). Nếu điều đó không đúng, hãy kiểm tra ngày giờ trên máy này.</translation>
    </message>
    <message>
        <source>Importing the kept packages again</source>
        <translation>Đang nhập lại các gói đã lưu giữ</translation>
    </message>
    <message>
        <source>The package also holds {count} part(s) made by a newer version of the app ({names}). This version does not use them and imported the rest. Update this app to the newest version to use them too; the sending office need not do anything.</source>
        <translation>Gói còn có {count} phần do phiên bản phần mềm mới hơn tạo ra ({names}). Phiên bản này không dùng các phần đó và đã nhập phần còn lại. Muốn dùng cả các phần đó, hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất; đơn vị gửi không cần làm gì.</translation>
    </message>
</context>
<context>
    <name>PackageKinds</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Data sync</source>
        <translation>Đồng bộ dữ liệu</translation>
    </message>
    <message>
        <source>Tasks and plans</source>
        <translation>Nhiệm vụ, kế hoạch</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Thẻ định danh</translation>
    </message>
</context>
<context>
    <name>PackageProgress</name>
    <message>
        <source>Encrypting the data package</source>
        <translation>Đang mã hóa gói dữ liệu</translation>
    </message>
    <message>
        <source>Checking the signature</source>
        <translation>Đang kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>Decrypting the data package</source>
        <translation>Đang giải mã gói dữ liệu</translation>
    </message>
    <message>
        <source>Preparing the data</source>
        <translation>Đang chuẩn bị dữ liệu</translation>
    </message>
</context>
<context>
    <name>PackageTexts</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Data synchronisation</source>
        <translation>Đồng bộ dữ liệu</translation>
    </message>
    <message>
        <source>Tasks and plan</source>
        <translation>Nhiệm vụ, kế hoạch</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Thẻ định danh</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Answers to reports</source>
        <translation>Trả lời báo cáo</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Report templates</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Trust data of the province</source>
        <translation>Dữ liệu tin cậy của tỉnh</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Office above</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Office below</source>
        <translation>Cấp dưới</translation>
    </message>
    <message>
        <source>Office at the same level</source>
        <translation>Ngang cấp</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Nhận gói</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi gói</translation>
    </message>
    <message>
        <source>&amp;USB</source>
        <translation>&amp;USB</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Tin cậy</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>Trùng &amp;lặp</translation>
    </message>
    <message>
        <source>S&amp;hares</source>
        <translation>&amp;Chia sẻ</translation>
    </message>
    <message>
        <source>Package &amp;log</source>
        <translation>Nhật &amp;ký gói</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Partner name</source>
        <translation>Tên đối tác</translation>
    </message>
    <message>
        <source>Type of partner</source>
        <translation>Loại đối tác</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ 0912 345 678</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Mật khẩu bản sao lưu</translation>
    </message>
    <message>
        <source>The backup is encrypted with a passphrase you choose now (at least %1 characters). Write it down and keep it apart from the USB stick: without it nobody can open the backup, not even the software&apos;s support.</source>
        <translation>Bản sao lưu được mã hóa bằng mật khẩu bạn đặt bây giờ (ít nhất %1 ký tự). Hãy ghi lại và cất riêng, không để cùng USB: không có mật khẩu thì không ai mở được bản sao lưu, kể cả người hỗ trợ phần mềm.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Type the passphrase chosen when it was made.</source>
        <translation>“%1” đã được mã hóa. Hãy nhập mật khẩu đã đặt khi tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <source>Key passphrase</source>
        <translation>Mật khẩu của khóa</translation>
    </message>
    <message>
        <source>The key passphrase was changed. Keep the new passphrase in a safe place.</source>
        <translation>Đã đổi mật khẩu của khóa. Hãy giữ mật khẩu mới ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Đang đổi mật khẩu</translation>
    </message>
    <message>
        <source>A new recovery code replaces the printed one, which stops working. Type the office&apos;s key passphrase.</source>
        <translation>Mã khôi phục mới sẽ thay mã đã in, mã cũ không dùng được nữa. Hãy nhập mật khẩu khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Making a new recovery code</source>
        <translation>Đang tạo mã khôi phục mới</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Read tasks from the plan&apos;s text</source>
        <translation>Đọc nhiệm vụ từ văn bản kế hoạch</translation>
    </message>
    <message>
        <source>Paste the text of the plan document (copied from Word). Sections “I.”, “II.” and items “1.”, “1.1.” become tasks coded I.1, II.3…; the report dates are read too. Check the result before saving.</source>
        <translation>Dán nội dung văn bản kế hoạch (sao chép từ Word). Các phần «I.», «II.» và mục «1.», «1.1.» thành nhiệm vụ mã I.1, II.3…; hạn báo cáo cũng được đọc. Hãy kiểm tra kết quả trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>PdfErrors</name>
    <message>
        <source>Cannot write the file {name} because it is open in another program (a PDF viewer, for example). Close that file and try again, or save under another name.</source>
        <translation>Không ghi được tệp {name} vì tệp đang mở trong chương trình khác (ví dụ trình xem PDF). Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác.</translation>
    </message>
</context>
<context>
    <name>PdfProgress</name>
    <message>
        <source>Preparing the tables</source>
        <translation>Đang chuẩn bị bảng</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Đang dàn trang</translation>
    </message>
    <message>
        <source>The PDF file is ready</source>
        <translation>Đã tạo xong tệp PDF</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The signature of {signer} is broken: the document was changed after it was signed.</source>
        <translation>Chữ ký của {signer} không còn giá trị: văn bản đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>Signed by {signer}; content was added to the file after this signature.</source>
        <translation>Đã ký bởi {signer}; tệp đã được thêm nội dung sau chữ ký này.</translation>
    </message>
    <message>
        <source>Signed by {signer}, unchanged since; the certificate does not chain to a root this office trusts.</source>
        <translation>Đã ký bởi {signer}, không thay đổi từ khi ký; chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực mà đơn vị tin cậy.</translation>
    </message>
    <message>
        <source>Signed by {signer}, unchanged since, certificate trusted.</source>
        <translation>Đã ký bởi {signer}, không thay đổi từ khi ký, chứng thư số tin cậy.</translation>
    </message>
    <message>
        <source>The password of the certificate file is wrong. Type it again.</source>
        <translation>Mật khẩu của tệp chứng thư số không đúng. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>This file is not a certificate file (.p12 or .pfx) that can be read. Choose the file your certificate provider gave you.</source>
        <translation>Tệp này không phải tệp chứng thư số (.p12 hoặc .pfx) đọc được. Hãy chọn tệp do nhà cung cấp chứng thư số cấp cho đơn vị.</translation>
    </message>
    <message>
        <source>The certificate file holds no private key for signing. Choose the file with your signing key.</source>
        <translation>Tệp chứng thư số không có khóa bí mật để ký. Hãy chọn tệp có khóa ký của đơn vị.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it exists and is not open in another program.</source>
        <translation>Không đọc được tệp. Hãy kiểm tra tệp còn đó và không đang mở trong chương trình khác.</translation>
    </message>
    <message>
        <source>The certificate expired on {date}. Ask your certificate provider to renew it.</source>
        <translation>Chứng thư số đã hết hạn ngày {date}. Hãy đề nghị nhà cung cấp gia hạn.</translation>
    </message>
    <message>
        <source>The certificate is valid only from {date}. Check the computer&apos;s date.</source>
        <translation>Chứng thư số chỉ có hiệu lực từ ngày {date}. Hãy kiểm tra ngày giờ của máy tính.</translation>
    </message>
    <message>
        <source>Signing with a USB token needs the PKCS#11 module of this app (python-pkcs11), which is not installed.</source>
        <translation>Ký bằng thiết bị ký số (USB token) cần thành phần PKCS#11 của phần mềm (python-pkcs11), thành phần này chưa được cài đặt.</translation>
    </message>
    <message>
        <source>The token&apos;s driver library was not found. Install the token&apos;s software, then choose its library file.</source>
        <translation>Không tìm thấy thư viện điều khiển của thiết bị ký số. Hãy cài phần mềm của thiết bị rồi chọn tệp thư viện của nó.</translation>
    </message>
    <message>
        <source>The token PIN is wrong. Type it again (the token locks after several wrong PINs).</source>
        <translation>Mã PIN của thiết bị ký số không đúng. Hãy nhập lại (thiết bị sẽ khóa nếu nhập sai nhiều lần).</translation>
    </message>
    <message>
        <source>The USB token could not be opened. Check that it is plugged in and try again.</source>
        <translation>Không mở được thiết bị ký số. Hãy kiểm tra thiết bị đã được cắm vào máy rồi thử lại.</translation>
    </message>
    <message>
        <source>This PDF could not be signed because the file is damaged or protected. Print it again from the app.</source>
        <translation>Không ký được tệp PDF này vì tệp bị hỏng hoặc được bảo vệ. Hãy in lại từ phần mềm.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be read.</source>
        <translation>Tệp này không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s certificate file (.p12 or .pfx) or its USB token.</source>
        <translation>Hãy chọn tệp chứng thư số của đơn vị (.p12 hoặc .pfx) hoặc thiết bị ký số (USB token).</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Mid-term review (several years)</source>
        <translation>Sơ kết (nhiều năm)</translation>
    </message>
    <message>
        <source>Final review (several years)</source>
        <translation>Tổng kết (nhiều năm)</translation>
    </message>
    <message>
        <source>the period {first}–{last}</source>
        <translation>giai đoạn {first}–{last}</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>năm {year}</translation>
    </message>
    <message>
        <source>first 6 months of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>last 6 months of {year}</source>
        <translation>6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <source>first 9 months of {year}</source>
        <translation>9 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>quý {quarter} năm {year}</translation>
    </message>
    <message>
        <source>month {month} of {year}</source>
        <translation>tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>The reporting period «{text}» is not valid. Write it in one of these forms: 2026 (year), 2026-H1 (first 6 months), 2026-Q3 (quarter III), 2026-9M (9 months), 2026-05 (month 5), 2020-2025 (final review of 2020–2025), 2020-2022-MID (mid-term review of 2020–2022).</source>
        <translation>Kỳ báo cáo không hợp lệ: «{text}». Hãy ghi theo một trong các dạng: 2026 (năm), 2026-H1 (6 tháng đầu năm), 2026-Q3 (quý III), 2026-9M (9 tháng), 2026-05 (tháng 5), 2020-2025 (tổng kết giai đoạn 2020–2025), 2020-2022-MID (sơ kết giai đoạn 2020–2022).</translation>
    </message>
    <message>
        <source>A review covers several whole years: the first year must be before the last one, and at most {most} years in all (for example 2020-2025).</source>
        <translation>Kỳ sơ kết, tổng kết gồm nhiều năm trọn vẹn: năm đầu phải trước năm cuối, và tổng cộng không quá {most} năm (ví dụ 2020-2025).</translation>
    </message>
    <message>
        <source>Final review report: {subject} {period}</source>
        <translation>Báo cáo tổng kết {subject} {period}</translation>
    </message>
    <message>
        <source>Mid-term review report: {subject} {period}</source>
        <translation>Báo cáo sơ kết {subject} {period}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Nước đang sinh sống</translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation>Thành phố, địa phương</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Tình trạng cư trú</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Place of work or study</source>
        <translation>Nơi làm việc, học tập</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <source>Year of leaving</source>
        <translation>Năm ra nước ngoài</translation>
    </message>
    <message>
        <source>Passport or ID document number</source>
        <translation>Số hộ chiếu, giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Wishes and aspirations</source>
        <translation>Tâm tư, nguyện vọng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Delete “%1” with their contributions and commendations? Personal data is wiped; the audit log keeps a trace.</source>
        <translation>Xóa «%1» cùng các đóng góp, khen thưởng của người này? Dữ liệu cá nhân sẽ bị xóa sạch; nhật ký vẫn lưu dấu vết.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Personal data saved to %1</source>
        <translation>Đã lưu dữ liệu cá nhân vào %1</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Đang xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Ẩn danh hóa</translation>
    </message>
    <message>
        <source>Wipe the personal data of “%1” (name, address, contacts, identity numbers…)? The record stays so that report figures remain right. This cannot be undone.</source>
        <translation>Xóa sạch dữ liệu cá nhân của «%1» (họ tên, địa chỉ, liên hệ, số giấy tờ…)? Bản ghi vẫn được giữ để số liệu báo cáo không sai lệch. Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDocument</name>
    <message>
        <source>{kind} · exported at {time} by {user}</source>
        <translation>{kind} · xuất lúc {time} bởi {user}</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Personal data: {name}</source>
        <translation>Dữ liệu cá nhân: {name}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This function will be available in the next version.</source>
        <translation>Chức năng này sẽ có trong phiên bản tiếp theo.</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>Plan for lower offices</source>
        <translation>Kế hoạch gửi cấp dưới</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Guidance on people&apos;s diplomacy work … in 2026</source>
        <translation>Hướng dẫn công tác đối ngoại nhân dân … năm 2026</translation>
    </message>
    <message>
        <source>one year only</source>
        <translation>chỉ một năm</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Year of the plan:</source>
        <translation>Năm thực hiện:</translation>
    </message>
    <message>
        <source>Programme runs until:</source>
        <translation>Chương trình kéo dài đến năm:</translation>
    </message>
    <message>
        <source>Trust data valid for:</source>
        <translation>Dữ liệu tin cậy có hiệu lực:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Deadline (dd/mm/yyyy)</source>
        <translation>Thời hạn (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Read from the plan&apos;s text…</source>
        <translation>Đọc từ văn bản kế hoạch…</translation>
    </message>
    <message>
        <source>Open the plan&apos;s Word or PDF file…</source>
        <translation>Mở tệp Word hoặc PDF của kế hoạch…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Report deadlines (e.g. the 6-month report on 15/5, the year report on 20/11):</source>
        <translation>Hạn gửi báo cáo (ví dụ báo cáo 6 tháng ngày 15/5, báo cáo năm ngày 20/11):</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Due (dd/mm)</source>
        <translation>Hạn (ngày/tháng)</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Thêm hạn báo cáo</translation>
    </message>
    <message>
        <source>Report templates sent with the plan:</source>
        <translation>Mẫu báo cáo gửi kèm kế hoạch:</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <source>Report schedule and templates</source>
        <translation>Lịch báo cáo và mẫu</translation>
    </message>
    <message>
        <source>Terms to add to the lists of the lower offices (e.g. a new activity type):</source>
        <translation>Mục bổ sung vào danh mục của đơn vị cấp dưới (ví dụ một loại hoạt động mới):</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>(default template)</source>
        <translation>(mẫu mặc định)</translation>
    </message>
    <message>
        <source>Open the plan document</source>
        <translation>Mở văn bản kế hoạch</translation>
    </message>
    <message>
        <source>Plan documents (*.docx *.pdf *.txt)</source>
        <translation>Văn bản kế hoạch (*.docx *.pdf *.txt)</translation>
    </message>
    <message>
        <source>task %1: the deadline “%2” is not a date dd/mm/yyyy</source>
        <translation>nhiệm vụ %1: thời hạn «%2» không phải ngày dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <source>report deadline “%1” is not a day/month such as 15/5</source>
        <translation>hạn báo cáo «%1» không phải ngày/tháng, ví dụ 15/5</translation>
    </message>
    <message>
        <source>the programme must end after its first year %1 (or run for one year only)</source>
        <translation>chương trình phải kết thúc sau năm đầu %1 (hoặc chỉ trong một năm)</translation>
    </message>
</context>
<context>
    <name>PlanErrors</name>
    <message>
        <source>The plan file is not in the right format: its content must be a JSON object.</source>
        <translation>Tệp kế hoạch không đúng định dạng: nội dung phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The plan was made for a newer version of the app than the one on this computer. Update the app on this computer to the newest version.</source>
        <translation>Kế hoạch được tạo cho phiên bản phần mềm mới hơn phiên bản trên máy này. Hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>The plan is not in the right format: {problems}. Correct the plan file and try again (see docs/plan-format.md).</source>
        <translation>Kế hoạch chưa đúng định dạng: {problems}. Hãy sửa tệp kế hoạch rồi thử lại (xem docs/plan-format.md).</translation>
    </message>
    <message>
        <source>The plan file «{path}» was not found. Check the path.</source>
        <translation>Không tìm thấy tệp kế hoạch «{path}». Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>The plan file «{name}» is not valid JSON ({reason}). Correct the file and try again.</source>
        <translation>Tệp kế hoạch «{name}» không phải JSON hợp lệ ({reason}). Hãy sửa tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>Only a province office issues plans and tasks packages.</source>
        <translation>Chỉ văn phòng cấp tỉnh mới ban hành kế hoạch và gói nhiệm vụ.</translation>
    </message>
    <message>
        <source>This plan was issued by another office and cannot be changed.</source>
        <translation>Kế hoạch này do đơn vị khác ban hành, không sửa được.</translation>
    </message>
    <message>
        <source>There is no plan «{plan_id}».</source>
        <translation>Không có kế hoạch «{plan_id}».</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>task {n}</source>
        <translation>nhiệm vụ thứ {n}</translation>
    </message>
    <message>
        <source>report deadline {n}</source>
        <translation>lịch báo cáo thứ {n}</translation>
    </message>
    <message>
        <source>report template {n}</source>
        <translation>mẫu báo cáo thứ {n}</translation>
    </message>
    <message>
        <source>vocabulary «{key}»</source>
        <translation>danh mục «{key}»</translation>
    </message>
    <message>
        <source>{place}: the date «{value}» must be written YEAR-MONTH-DAY, for example 2026-05-15.</source>
        <translation>{place}: ngày «{value}» phải ghi dạng NĂM-THÁNG-NGÀY, ví dụ 2026-05-15.</translation>
    </message>
    <message>
        <source>{place}: the task code «{value}» must be short and without diacritics, for example «I.1», «II.3».</source>
        <translation>{place}: mã nhiệm vụ «{value}» phải ngắn, không dấu, ví dụ «I.1», «II.3».</translation>
    </message>
    <message>
        <source>{place}: the task code «{value}» is used twice.</source>
        <translation>{place}: mã nhiệm vụ «{value}» bị trùng.</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>The file «{name}» was not found or cannot be opened.</source>
        <translation>Không tìm thấy hoặc không mở được tệp «{name}».</translation>
    </message>
    <message>
        <source>The file «{name}» is too large to be a plan document ({size} MB). Choose the plan&apos;s Word or PDF file.</source>
        <translation>Tệp «{name}» quá lớn để là một văn bản kế hoạch ({size} MB). Hãy chọn tệp Word hoặc PDF của kế hoạch.</translation>
    </message>
    <message>
        <source>«{name}» is an old Word file (.doc). Open it in Word and save it as .docx, then open that file.</source>
        <translation>«{name}» là tệp Word cũ (.doc). Hãy mở tệp bằng Word, lưu lại dạng .docx rồi mở tệp đó.</translation>
    </message>
    <message>
        <source>«{name}» is not Unicode text. Save it again as UTF-8 text, or open the plan&apos;s Word or PDF file instead.</source>
        <translation>«{name}» không phải văn bản Unicode. Hãy lưu lại dạng văn bản UTF-8, hoặc mở tệp Word hay PDF của kế hoạch.</translation>
    </message>
    <message>
        <source>«{name}» is not a Word document that can be read. Open it in Word, save it again as .docx, and try again.</source>
        <translation>«{name}» không phải văn bản Word đọc được. Hãy mở bằng Word, lưu lại dạng .docx rồi thử lại.</translation>
    </message>
    <message>
        <source>«{name}» is protected with a password. Ask the sender for the plan&apos;s Word file or an unprotected PDF.</source>
        <translation>«{name}» được bảo vệ bằng mật khẩu. Hãy đề nghị nơi gửi cung cấp tệp Word của kế hoạch hoặc tệp PDF không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>«{name}» is not a PDF that can be read. Ask the sender for the plan&apos;s Word file.</source>
        <translation>«{name}» không phải tệp PDF đọc được. Hãy đề nghị nơi gửi cung cấp tệp Word của kế hoạch.</translation>
    </message>
    <message>
        <source>«{name}» is a scanned image without text, so its tasks cannot be read. Ask the sender for the plan&apos;s Word file, or type the plan in.</source>
        <translation>«{name}» là ảnh quét không có lớp chữ nên không đọc được các nhiệm vụ. Hãy đề nghị nơi gửi cung cấp tệp Word của kế hoạch, hoặc nhập kế hoạch bằng tay.</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans for lower offices</source>
        <translation>Kế hoạch gửi cấp dưới</translation>
    </message>
    <message>
        <source>Write the plan or guidance with its numbered tasks, deadlines and report schedule, keep it as a draft, then send it to all or some lower offices as signed task packages.</source>
        <translation>Soạn kế hoạch, hướng dẫn với các nhiệm vụ đánh số, thời hạn và lịch báo cáo, lưu bản nháp, rồi gửi cho tất cả hoặc một số đơn vị cấp dưới bằng gói nhiệm vụ có chữ ký.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Soạn kế hoạch…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Send to lower offices…</source>
        <translation>Gửi cấp dưới…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Report schedule</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Version sent</source>
        <translation>Phiên bản đã gửi</translation>
    </message>
    <message>
        <source>No plan yet. Click “New plan…” to write one, or paste the text of a plan document in the editor to read its tasks.</source>
        <translation>Chưa có kế hoạch. Bấm «Soạn kế hoạch…» để soạn, hoặc dán văn bản kế hoạch vào trình soạn để đọc các nhiệm vụ.</translation>
    </message>
    <message>
        <source>Delete this draft plan?</source>
        <translation>Xóa bản nháp kế hoạch này?</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Select the plan to send first.</source>
        <translation>Hãy chọn kế hoạch cần gửi trước.</translation>
    </message>
    <message>
        <source>No lower office is registered yet. Register them on the Lower offices page first.</source>
        <translation>Chưa đăng ký đơn vị cấp dưới nào. Hãy đăng ký trên trang Đơn vị cấp dưới trước.</translation>
    </message>
    <message>
        <source>Choose at least one office.</source>
        <translation>Hãy chọn ít nhất một đơn vị.</translation>
    </message>
    <message>
        <source>Signing the task packages needs the office&apos;s key.</source>
        <translation>Ký gói nhiệm vụ cần khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Making the task packages</source>
        <translation>Đang tạo gói nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 package(s) made (version %2). Send each file to its office by e-mail or USB:
%3</source>
        <translation>Đã tạo %1 gói (phiên bản %2). Hãy gửi từng tệp cho đơn vị nhận qua thư điện tử hoặc USB:
%3</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>PrintErrors</name>
    <message>
        <source>There is no information sheet for the kind «{kind}».</source>
        <translation>Không có phiếu thông tin cho loại «{kind}».</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Encrypting the data…</source>
        <translation>Đang mã hóa dữ liệu…</translation>
    </message>
</context>
<context>
    <name>PrivacyErrors</name>
    <message>
        <source>Only a Leader or an Administrator may put sensitive information (ethnicity, religion, ID numbers, residence status, wishes) into a file.</source>
        <translation>Chỉ Lãnh đạo hoặc Quản trị mới được đưa thông tin nhạy cảm (dân tộc, tôn giáo, số giấy tờ tùy thân, tình trạng cư trú, tâm tư nguyện vọng) vào tệp.</translation>
    </message>
    <message>
        <source>Give the reason for including the sensitive information; it is written to the audit log.</source>
        <translation>Hãy ghi lý do đưa thông tin nhạy cảm vào tệp; lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation>Nhập lý do.</translation>
    </message>
    <message>
        <source>The encrypted copy of the data did not match the original, so nothing was changed. Try again; if it happens again, ask for help.</source>
        <translation>Bản mã hóa của dữ liệu không khớp với bản gốc nên chưa có gì bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy nhờ hỗ trợ.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Type it exactly as printed (groups of letters and digits; dashes and spaces do not matter).</source>
        <translation>Mã khôi phục không đúng. Hãy nhập đúng như bản in (các nhóm chữ và số; dấu gạch ngang và dấu cách không quan trọng).</translation>
    </message>
    <message>
        <source>The data&apos;s key file (database-key.json) is damaged or missing, so the encrypted data cannot be opened. Restore the data folder from a copy, or ask the province for help.</source>
        <translation>Tệp khóa của dữ liệu (database-key.json) bị hỏng hoặc bị mất nên không mở được dữ liệu đã mã hóa. Hãy khôi phục thư mục dữ liệu từ một bản sao, hoặc nhờ cấp tỉnh hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Personal data protection</source>
        <translation>&amp;Bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Processing register…</source>
        <translation>Sổ ghi nhận hoạt động xử lý dữ liệu…</translation>
    </message>
    <message>
        <source>Impact-assessment dossier…</source>
        <translation>Hồ sơ đánh giá tác động…</translation>
    </message>
    <message>
        <source>Data-breach notice (72 hours)…</source>
        <translation>Thông báo vi phạm dữ liệu (72 giờ)…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Đang lập văn bản</translation>
    </message>
    <message>
        <source>Saved the document to %1</source>
        <translation>Đã lưu văn bản vào %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Yes</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PropagandaProductForm</name>
    <message>
        <source>Title</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Type of product</source>
        <translation>Loại sản phẩm</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tuyên truyền</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <source>Number (items, copies, broadcasts)</source>
        <translation>Số lượng (tin bài, bản, lượt phát)</translation>
    </message>
    <message>
        <source>Reach (readers, listeners, viewers)</source>
        <translation>Lượt tiếp cận (người đọc, nghe, xem)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Where to find it (link, newspaper issue)</source>
        <translation>Nơi đăng (đường dẫn, số báo)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>Received, awaiting review</source>
        <translation>Đã nhận, chờ xem xét</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>acknowledged the report {period} of {office}: {comment}</source>
        <translation>tiếp nhận báo cáo {period} của {office}: {comment}</translation>
    </message>
    <message>
        <source>acknowledged the report {period} of {office}</source>
        <translation>tiếp nhận báo cáo {period} của {office}</translation>
    </message>
    <message>
        <source>returned the report {period} of {office}: {comment}</source>
        <translation>trả lại báo cáo {period} của {office}: {comment}</translation>
    </message>
    <message>
        <source>returned the report {period} of {office}</source>
        <translation>trả lại báo cáo {period} của {office}</translation>
    </message>
</context>
<context>
    <name>ProvinceErrors</name>
    <message>
        <source>Only a province office can {what}. This app is set up for «{office}».</source>
        <translation>Chỉ văn phòng cấp tỉnh mới {what}. Phần mềm này được thiết lập cho «{office}».</translation>
    </message>
    <message>
        <source>The template «{template}» is not used for the period {period}. Choose another period.</source>
        <translation>Mẫu «{template}» không dùng cho kỳ {period}. Hãy chọn kỳ khác.</translation>
    </message>
    <message>
        <source>make a consolidated report</source>
        <translation>lập báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>The province already has the report «{title}» for {period}. Open that report; to take the offices&apos; newest figures again, press «Consolidate again».</source>
        <translation>Đã có báo cáo «{title}» của tỉnh cho {period}. Hãy mở báo cáo đó; muốn lấy lại số liệu mới nhất của các đơn vị, hãy bấm «Tổng hợp lại».</translation>
    </message>
    <message>
        <source>There is no report for {period} from a lower office (received and not returned) to consolidate. Import the report packages received first.</source>
        <translation>Chưa có báo cáo {period} nào của đơn vị cấp dưới (đã nhận và chưa bị trả lại) để tổng hợp. Hãy nhập các gói báo cáo nhận được trước.</translation>
    </message>
    <message>
        <source>There is no consolidated report «{report_id}».</source>
        <translation>Không có báo cáo tổng hợp «{report_id}».</translation>
    </message>
    <message>
        <source>Cannot export to the file «{name}»: give the file a name ending in .pdf (document to sign), .docx (Word, to edit) or .xlsx (Excel).</source>
        <translation>Không xuất được ra tệp «{name}»: hãy đặt tên tệp kết thúc bằng .pdf (văn bản để ký), .docx (Word, để chỉnh sửa) hoặc .xlsx (Excel).</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist. Choose another folder.</source>
        <translation>Thư mục «{folder}» không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>answer the reports of lower offices</source>
        <translation>trả lời báo cáo của cấp dưới</translation>
    </message>
    <message>
        <source>Returning a report needs the reason and what to correct, so the office knows what to fix.</source>
        <translation>Trả lại báo cáo cần ghi rõ lý do và nội dung cần sửa để đơn vị biết mà sửa.</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters; shorten it.</source>
        <translation>Ý kiến dài quá {limit} ký tự; hãy rút gọn.</translation>
    </message>
    <message>
        <source>The office has sent a revised version of this report; answer the newest one.</source>
        <translation>Đơn vị đã gửi bản sửa đổi của báo cáo này; hãy trả lời bản mới nhất.</translation>
    </message>
    <message>
        <source>send answers to reports to lower offices</source>
        <translation>gửi trả lời báo cáo cho cấp dưới</translation>
    </message>
    <message>
        <source>There is no report «{report_id}» from a lower office.</source>
        <translation>Không có báo cáo «{report_id}» của đơn vị cấp dưới.</translation>
    </message>
    <message>
        <source>register lower offices</source>
        <translation>đăng ký đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>«{office}» is a {level} office, not below the province office. Choose the identity card of a district or commune Front committee.</source>
        <translation>«{office}» là đơn vị {level}, không phải cấp dưới của văn phòng tỉnh. Hãy chọn thẻ định danh của Ủy ban MTTQ cấp huyện hoặc cấp xã.</translation>
    </message>
    <message>
        <source>write plans for lower offices</source>
        <translation>soạn kế hoạch gửi cấp dưới</translation>
    </message>
    <message>
        <source>The plan has been sent to lower offices, so it cannot be deleted. To change it, edit it and send it again (the new version replaces the old one).</source>
        <translation>Kế hoạch đã gửi cho cấp dưới nên không xóa được. Nếu cần thay đổi, hãy sửa rồi gửi lại (bản mới thay bản cũ).</translation>
    </message>
    <message>
        <source>send plans to lower offices</source>
        <translation>gửi kế hoạch cho cấp dưới</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist. Choose a folder to save the packages in.</source>
        <translation>Thư mục «{folder}» không tồn tại. Hãy chọn thư mục để lưu các gói.</translation>
    </message>
    <message>
        <source>«{office}» is not a registered lower office. Register the office on the Lower offices page first.</source>
        <translation>«{office}» không phải đơn vị cấp dưới đã đăng ký. Hãy đăng ký đơn vị trên trang Đơn vị cấp dưới trước.</translation>
    </message>
    <message>
        <source>No lower office is registered yet. Receive the identity cards of the offices and register them on the Lower offices page before sending the plan.</source>
        <translation>Chưa có đơn vị cấp dưới nào được đăng ký. Hãy nhận thẻ định danh của các đơn vị và đăng ký trên trang Đơn vị cấp dưới trước khi gửi kế hoạch.</translation>
    </message>
    <message>
        <source>This office has issued no plan «{plan_id}».</source>
        <translation>Không có kế hoạch «{plan_id}» do đơn vị ban hành.</translation>
    </message>
    <message>
        <source>The template «{template}» is not used for the period {period}.</source>
        <translation>Mẫu «{template}» không dùng cho kỳ {period}.</translation>
    </message>
    <message>
        <source>Give the Excel file a name ending in .xlsx (not «{name}»).</source>
        <translation>Hãy đặt tên tệp Excel kết thúc bằng .xlsx (không phải «{name}»).</translation>
    </message>
</context>
<context>
    <name>ProvincePlans</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Changed after sending</source>
        <translation>Đã sửa sau khi gửi</translation>
    </message>
    <message>
        <source>day {day} of each month</source>
        <translation>ngày {day} hằng tháng</translation>
    </message>
    <message>
        <source>Plan «{title}» changed ({count} tasks)</source>
        <translation>Sửa kế hoạch «{title}» ({count} nhiệm vụ)</translation>
    </message>
    <message>
        <source>Plan «{title}» written ({count} tasks)</source>
        <translation>Soạn kế hoạch «{title}» ({count} nhiệm vụ)</translation>
    </message>
</context>
<context>
    <name>ProvinceTexts</name>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Muộn hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Not sent (overdue)</source>
        <translation>Chưa gửi (quá hạn)</translation>
    </message>
    <message>
        <source>Not sent (not yet due)</source>
        <translation>Chưa gửi (chưa đến hạn)</translation>
    </message>
    <message>
        <source>Received, to be reviewed</source>
        <translation>Đã nhận, chờ xem xét</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Changed since sent</source>
        <translation>Đã sửa sau khi gửi</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Send the plan to lower offices</source>
        <translation>Gửi kế hoạch cho cấp dưới</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Kế hoạch: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Gửi cho:</translation>
    </message>
    <message>
        <source>One file per office (it also carries the answers to that office&apos;s reports)</source>
        <translation>Mỗi đơn vị một tệp (kèm trả lời báo cáo của đơn vị đó)</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Make the packages</source>
        <translation>Tạo gói</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Thư mục lưu gói</translation>
    </message>
</context>
<context>
    <name>RecomputeDialog</name>
    <message>
        <source>Compute the figures again</source>
        <translation>Tính lại số liệu</translation>
    </message>
    <message>
        <source>The records have changed since the figures were computed. These figures would change:</source>
        <translation>Dữ liệu đã thay đổi kể từ lần tính số liệu trước. Các số liệu sau sẽ thay đổi:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau khi tính lại</translation>
    </message>
    <message>
        <source>(corrected by hand: the report keeps its figure)</source>
        <translation>(đã sửa tay: báo cáo giữ nguyên số đã sửa)</translation>
    </message>
    <message>
        <source>Figures corrected by hand stay as you wrote them; only their computed value is updated.</source>
        <translation>Các số liệu đã sửa tay được giữ nguyên như bạn đã ghi; chỉ số tính từ dữ liệu được cập nhật.</translation>
    </message>
    <message>
        <source>Apply the new figures</source>
        <translation>Áp dụng số liệu mới</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Activities</source>
        <translation>Số hoạt động</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation>Số người ở nước ngoài</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Người đóng góp</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ thân nhân</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người được khen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>New twinning pair</source>
        <translation>Thêm cặp kết nghĩa</translation>
    </message>
    <message>
        <source>Twinning pair</source>
        <translation>Cặp kết nghĩa</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Thêm hộ thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ thân nhân</translation>
    </message>
    <message>
        <source>New consent record</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Sự đồng ý xử lý dữ liệu</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Thêm đóng góp</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Thêm mới: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Đóng mà không lưu các thay đổi vừa nhập?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
</context>
<context>
    <name>RecordErrors</name>
    <message>
        <source>This attachment was not found (it may have been deleted).</source>
        <translation>Không tìm thấy tệp đính kèm này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>The attached file in the data folder is damaged and cannot be opened. Restore it from a backup or attach the file again.</source>
        <translation>Tệp đính kèm trong thư mục dữ liệu bị hỏng, không mở được. Hãy khôi phục tệp từ bản sao lưu hoặc đính kèm lại tệp.</translation>
    </message>
    <message>
        <source>The attached file is encrypted and the data are not unlocked. Start the app again and type the office&apos;s key passphrase.</source>
        <translation>Tệp đính kèm đã được mã hóa mà dữ liệu chưa được mở khóa. Hãy khởi động lại phần mềm và nhập mật khẩu khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Files cannot be attached to {kind}.</source>
        <translation>Không đính kèm tệp vào {kind} được.</translation>
    </message>
    <message>
        <source>The file «{path}» was not found. Choose the file again.</source>
        <translation>Không tìm thấy tệp «{path}». Hãy chọn lại tệp.</translation>
    </message>
    <message>
        <source>The file «{name}» is too big ({size} MB); at most 500 MB. Compress the file or split it.</source>
        <translation>Tệp «{name}» quá lớn ({size} MB); tối đa 500 MB. Hãy nén hoặc chia nhỏ tệp.</translation>
    </message>
    <message>
        <source>The attached file is no longer in the data folder. Restore it from a backup or attach the file again.</source>
        <translation>Tệp đính kèm không còn trong thư mục dữ liệu. Hãy khôi phục từ bản sao lưu hoặc đính kèm lại tệp.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Close the program that writes it and attach it again.</source>
        <translation>Tệp bị thay đổi trong khi đang đính kèm. Hãy đóng chương trình đang ghi tệp đó rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>This consent names a person who is not a member of this household.</source>
        <translation>Sự đồng ý này ghi tên một người không phải thành viên của hộ.</translation>
    </message>
    <message>
        <source>The household file was not saved: {problems}</source>
        <translation>Hồ sơ hộ chưa lưu được: {problems}</translation>
    </message>
    <message>
        <source>The record to delete does not belong to this household.</source>
        <translation>Bản ghi cần xóa không thuộc hộ này.</translation>
    </message>
    <message>
        <source>A record in the household file is gone or does not belong to this household. Open the file again.</source>
        <translation>Một bản ghi trong hồ sơ hộ không còn hoặc không thuộc hộ này. Hãy mở lại hồ sơ.</translation>
    </message>
    <message>
        <source>Cannot sort by «{column}».</source>
        <translation>Không sắp xếp được theo «{column}».</translation>
    </message>
    <message>
        <source>The list of {kind} cannot be filtered by «{key}».</source>
        <translation>Danh sách {kind} không lọc được theo «{key}».</translation>
    </message>
    <message>
        <source>The filter value «{value}» is not valid.</source>
        <translation>Giá trị lọc «{value}» không hợp lệ.</translation>
    </message>
    <message>
        <source>Only the data of a household with relatives abroad or of a person abroad can be exported or anonymised.</source>
        <translation>Chỉ xuất hoặc ẩn danh hóa được dữ liệu của hộ thân nhân hoặc người ở nước ngoài.</translation>
    </message>
    <message>
        <source>This {kind} was not found (it may have been deleted). Reload the list.</source>
        <translation>Không tìm thấy {kind} này (có thể đã bị xóa). Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <source>The data of «{office}» is for viewing only: it is not edited or deleted here. If it needs a change, ask that office to change it and send it again.</source>
        <translation>Dữ liệu của «{office}» chỉ để xem, không sửa hoặc xóa ở đây. Nếu cần sửa, hãy đề nghị đơn vị đó sửa và gửi lại.</translation>
    </message>
    <message>
        <source>{field}: the chosen record is gone (it may have been deleted). Choose again.</source>
        <translation>{field}: bản ghi được chọn không còn (có thể đã bị xóa). Hãy chọn lại.</translation>
    </message>
    <message>
        <source>There is no record kind «{kind}». The kinds are: {kinds}.</source>
        <translation>Không có loại bản ghi «{kind}». Các loại: {kinds}.</translation>
    </message>
    <message>
        <source>The phone number is not valid (for example 0912 345 678 or +84 912 345 678).</source>
        <translation>Số điện thoại không đúng định dạng (ví dụ 0912 345 678 hoặc +84 912 345 678).</translation>
    </message>
    <message>
        <source>The email address is not valid (for example tenban@gmail.com).</source>
        <translation>Thư điện tử không đúng định dạng (ví dụ tenban@gmail.com).</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose {field}.</source>
        <translation>Hãy chọn {field}.</translation>
    </message>
    <message>
        <source>Enter {field}.</source>
        <translation>Hãy nhập {field}.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters ({length} now). Please shorten it.</source>
        <translation>{field} dài quá {max} ký tự (hiện có {length}). Hãy rút gọn.</translation>
    </message>
    <message>
        <source>please check it</source>
        <translation>hãy kiểm tra lại</translation>
    </message>
    <message>
        <source>{field} is not in the right format ({hint}).</source>
        <translation>{field} không đúng định dạng ({hint}).</translation>
    </message>
    <message>
        <source>{field} must be an amount in đồng without decimals, for example 5.000.000.</source>
        <translation>{field} phải là số tiền (đồng, không có phần lẻ), ví dụ 5.000.000.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, for example 12.</source>
        <translation>{field} phải là số nguyên, ví dụ 12.</translation>
    </message>
    <message>
        <source>{field} must be {min} or more.</source>
        <translation>{field} phải lớn hơn hoặc bằng {min}.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} không được là số âm.</translation>
    </message>
    <message>
        <source>{field} must be {max} or less.</source>
        <translation>{field} phải nhỏ hơn hoặc bằng {max}.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} phải trong khoảng {low}–{high}.</translation>
    </message>
    <message>
        <source>{field} is not a day/month/year date (for example 15/05/2026).</source>
        <translation>{field} không đúng định dạng ngày/tháng/năm (ví dụ 15/05/2026).</translation>
    </message>
    <message>
        <source>{field} must be within the years 1900–{high}.</source>
        <translation>{field} phải trong khoảng năm 1900–{high}.</translation>
    </message>
    <message>
        <source>{field}: choose Yes or No.</source>
        <translation>{field}: hãy chọn Có hoặc Không.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not in the list. Choose from the list.</source>
        <translation>{field}: «{value}» không có trong danh mục. Hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>{field}: there is no country «{value}». Choose from the list.</source>
        <translation>{field}: không rõ quốc gia «{value}». Hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>{field}: choose a commune or ward from the list.</source>
        <translation>{field}: hãy chọn xã, phường trong danh sách.</translation>
    </message>
    <message>
        <source>the office&apos;s province</source>
        <translation>tỉnh của đơn vị</translation>
    </message>
    <message>
        <source>{field}: code {code} is not a commune or ward of {province}. Choose from the list; an old address goes in «Old address».</source>
        <translation>{field}: mã {code} không phải xã, phường thuộc {province}. Hãy chọn trong danh sách; địa chỉ cũ ghi ở ô «Địa chỉ cũ».</translation>
    </message>
    <message>
        <source>The date withdrawn must be on or after the date of consent.</source>
        <translation>Ngày rút lại đồng ý phải sau hoặc bằng ngày đồng ý.</translation>
    </message>
    <message>
        <source>The year of leaving must be on or after the year of birth.</source>
        <translation>Năm ra nước ngoài phải sau hoặc bằng năm sinh.</translation>
    </message>
    <message>
        <source>There is no field «{name}» in {kind}.</source>
        <translation>Trường «{name}» không có trong {kind}.</translation>
    </message>
    <message>
        <source>Some information is not right: {errors}</source>
        <translation>Thông tin chưa đúng: {errors}</translation>
    </message>
    <message>
        <source>This record has been deleted and can no longer be changed.</source>
        <translation>Bản ghi này đã bị xóa, không sửa được nữa.</translation>
    </message>
    <message>
        <source>An activity cannot be linked to «{kind}».</source>
        <translation>Không liên kết hoạt động với «{kind}» được.</translation>
    </message>
    <message>
        <source>The record to link is gone (it may have been deleted). Reload.</source>
        <translation>Bản ghi cần liên kết không còn (có thể đã bị xóa). Hãy tải lại.</translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Twinning pair</source>
        <translation>Cặp kết nghĩa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Vietnamese person abroad</source>
        <translation>Người Việt Nam ở nước ngoài</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Country of a relative</source>
        <translation>Nước có người thân</translation>
    </message>
    <message>
        <source>No activity for 12 months</source>
        <translation>Quá 12 tháng chưa hoạt động</translation>
    </message>
    <message>
        <source>Household&apos;s commune or ward</source>
        <translation>Xã, phường của hộ</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Twinning pair</source>
        <translation>Cặp kết nghĩa</translation>
    </message>
    <message>
        <source>Household with relatives abroad</source>
        <translation>Hộ thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Vietnamese person abroad</source>
        <translation>Người Việt Nam ở nước ngoài</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Đồng ý xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Border self-management group</source>
        <translation>Tổ tự quản đường biên, cột mốc</translation>
    </message>
    <message>
        <source>Association of overseas Vietnamese&apos;s relatives</source>
        <translation>Hội, chi hội thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Lớp tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <source>Propaganda product</source>
        <translation>Sản phẩm tuyên truyền</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F), tone marks optional</source>
        <translation>Tìm kiếm (Ctrl+F), gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Thêm bản ghi (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Mở bản ghi đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Xóa bản ghi đang chọn (phím Delete)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Save this list, as filtered and sorted, as an Excel file</source>
        <translation>Lưu danh sách này (đúng như đang lọc và sắp xếp) thành tệp Excel</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Add records from an Excel list</source>
        <translation>Thêm bản ghi từ danh sách Excel</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>In danh sách</translation>
    </message>
    <message>
        <source>Print this list (PDF)</source>
        <translation>In danh sách này (PDF)</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>Print the selected record (PDF)</source>
        <translation>In phiếu thông tin của bản ghi đang chọn (PDF)</translation>
    </message>
    <message>
        <source>Cannot show the list</source>
        <translation>Không hiển thị được danh sách</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <source>Nothing matches the search or filters. Try fewer words or clear the filters.</source>
        <translation>Không có bản ghi nào khớp. Hãy gõ ít từ hơn hoặc bỏ bớt điều kiện lọc.</translation>
    </message>
    <message>
        <source>No records yet. Press “New” (Ctrl+N) to add the first one.</source>
        <translation>Chưa có bản ghi nào. Bấm «Thêm mới» (Ctrl+N) để thêm bản ghi đầu tiên.</translation>
    </message>
    <message>
        <source>Matches the search in: %1</source>
        <translation>Khớp với từ tìm ở: %1</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from lists and reports; the audit log keeps a trace.</source>
        <translation>Xóa «%1»? Bản ghi sẽ không còn trong danh sách và báo cáo; nhật ký vẫn lưu dấu vết.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>RecordValues</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No activity for over 12 months</source>
        <translation>Quá 12 tháng chưa hoạt động</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code of the data</source>
        <translation>Mã khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>The office&apos;s data are encrypted on this computer. If the key passphrase is ever lost, only this code opens them. Print it (or write it down) now and keep it in the office&apos;s safe, apart from the computer. It is shown only this once.</source>
        <translation>Dữ liệu của đơn vị được mã hóa trên máy tính này. Nếu quên mật khẩu khóa, chỉ mã này mở được dữ liệu. Hãy in (hoặc chép) mã ngay bây giờ và cất trong tủ an toàn của cơ quan, để riêng với máy tính. Mã chỉ hiện một lần này.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>I have printed or written it down</source>
        <translation>Tôi đã in hoặc chép lại mã</translation>
    </message>
    <message>
        <source>Keep this page in the office&apos;s safe. It opens the office&apos;s encrypted data when the key passphrase is lost (the app asks for it under «I lost the passphrase»).</source>
        <translation>Hãy cất trang này trong tủ an toàn của cơ quan. Mã này mở được dữ liệu đã mã hóa của đơn vị khi quên mật khẩu khóa (phần mềm hỏi mã ở mục «Tôi quên mật khẩu khóa»).</translation>
    </message>
</context>
<context>
    <name>RegisterOfficeDialog</name>
    <message>
        <source>Register a lower office</source>
        <translation>Đăng ký đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <source>Call the office and ask them to read out the fingerprint shown on their Overview page. Compare it with this one, group by group:</source>
        <translation>Gọi điện cho đơn vị, đề nghị đọc dấu vân tay trên trang Tổng quan của họ. Đối chiếu từng nhóm số với dấu vân tay dưới đây:</translation>
    </message>
    <message>
        <source>Type the digits they read to you:</source>
        <translation>Nhập các chữ số đơn vị đọc:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Check the digits with the office and type them again (%1 tries left).</source>
        <translation>Hãy đối chiếu lại các chữ số với đơn vị và nhập lại (còn %1 lần thử).</translation>
    </message>
</context>
<context>
    <name>RelativesAssociationForm</name>
    <message>
        <source>Name of the association or branch</source>
        <translation>Tên hội, chi hội</translation>
    </message>
    <message>
        <source>Association or branch</source>
        <translation>Cấp hội</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ tịch hội, chi hội trưởng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số hội viên</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Số chi hội</translation>
    </message>
    <message>
        <source>For an association: the branches under it that have no record of their own.</source>
        <translation>Với hội: số chi hội trực thuộc chưa có hồ sơ riêng.</translation>
    </message>
    <message>
        <source>Meetings held this year</source>
        <translation>Số buổi sinh hoạt trong năm</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Lần sinh hoạt gần nhất</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>← All reports</source>
        <translation>← Danh sách báo cáo</translation>
    </message>
    <message>
        <source>Back to the list of reports (Alt+Left)</source>
        <translation>Quay lại danh sách báo cáo (Alt+Mũi tên trái)</translation>
    </message>
    <message>
        <source>Create a new version</source>
        <translation>Tạo phiên bản mới</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Mở lại thành bản nháp</translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Count the figures again from the records and see what changes before applying it (F5)</source>
        <translation>Tính lại số liệu từ dữ liệu đã nhập và xem những gì thay đổi trước khi áp dụng (F5)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>The official document, ready to print and sign (Ctrl+P)</source>
        <translation>Văn bản chính thức, sẵn sàng in và ký (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <source>The same document as a Word file, for the leader to edit the wording</source>
        <translation>Cùng văn bản dưới dạng tệp Word, để lãnh đạo chỉnh sửa câu chữ</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>The figures and the text as an Excel workbook (Ctrl+E)</source>
        <translation>Số liệu và nội dung dưới dạng tệp Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Sign PDF…</source>
        <translation>Ký số PDF…</translation>
    </message>
    <message>
        <source>Sign the exported PDF with the office&apos;s digital certificate</source>
        <translation>Ký số tệp PDF đã xuất bằng chứng thư số của đơn vị</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Số tính được</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Số trong báo cáo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Correct the figure…</source>
        <translation>Sửa số liệu…</translation>
    </message>
    <message>
        <source>State the selected figure by hand, with a note (Enter)</source>
        <translation>Ghi tay số liệu đang chọn, kèm ghi chú (Enter)</translation>
    </message>
    <message>
        <source>Records behind the figure…</source>
        <translation>Xem bản ghi tạo nên số liệu…</translation>
    </message>
    <message>
        <source>See the records the selected figure counts or adds up (or click the figure)</source>
        <translation>Xem các bản ghi được đếm hoặc cộng vào số liệu đang chọn (hoặc bấm vào số liệu)</translation>
    </message>
    <message>
        <source>Figures corrected by hand are shown in bold brown; point at one to read its note.</source>
        <translation>Số liệu sửa tay được in đậm màu nâu; trỏ chuột vào để xem ghi chú.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the text (Ctrl+S). The text is also saved when you go to another section.</source>
        <translation>Lưu nội dung (Ctrl+S). Nội dung cũng được tự động lưu khi bạn chuyển sang phần khác.</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Không phát sinh</translation>
    </message>
    <message>
        <source>Nothing of this kind arose in the period: the section says so in the printed report</source>
        <translation>Trong kỳ không có việc này: phần này trong báo cáo in ra ghi «Không phát sinh.»</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Not dated yet (the day of approval is used)</source>
        <translation>Chưa ghi ngày (dùng ngày duyệt)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>The chairman signs for the standing board (TM.)</source>
        <translation>Chủ tịch ký thay mặt Ban Thường trực (TM.)</translation>
    </message>
    <message>
        <source>A vice-chairman signs for the standing board (TM.)</source>
        <translation>Phó Chủ tịch ký thay mặt Ban Thường trực (TM.)</translation>
    </message>
    <message>
        <source>Signed as:</source>
        <translation>Hình thức ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Recipients, one per line:</source>
        <translation>Kính gửi (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Copies to, one per line:</source>
        <translation>Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Leave a field empty to use the office&apos;s usual value (shown in grey). The office&apos;s own file copy is added to the copies automatically.</source>
        <translation>Để trống một ô để dùng giá trị thường dùng của đơn vị (hiện bằng chữ xám). Dòng “- Lưu: VT.” được tự động thêm vào nơi nhận.</translation>
    </message>
    <message>
        <source>Save document details</source>
        <translation>Lưu thông tin văn bản</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Figures computed %1</source>
        <translation>Số liệu tính lúc %1</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Người lập: %1</translation>
    </message>
    <message>
        <source>the head of the office</source>
        <translation>lãnh đạo đơn vị</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(không rõ thời điểm)</translation>
    </message>
    <message>
        <source>This report was approved by %1 on %2; it cannot be edited.</source>
        <translation>Báo cáo đã được %1 duyệt lúc %2; không sửa được.</translation>
    </message>
    <message>
        <source>To change it, reopen it as a draft.</source>
        <translation>Muốn sửa, hãy mở lại thành bản nháp.</translation>
    </message>
    <message>
        <source>To change it, ask an approver to reopen it as a draft.</source>
        <translation>Muốn sửa, hãy đề nghị lãnh đạo mở lại thành bản nháp.</translation>
    </message>
    <message>
        <source>It was sent to the province on %1.</source>
        <translation>Báo cáo đã gửi cấp trên lúc %1.</translation>
    </message>
    <message>
        <source>The province returned it: “%1”.</source>
        <translation>Cấp trên đã trả lại: “%1”.</translation>
    </message>
    <message>
        <source>A newer version exists; open it from the list.</source>
        <translation>Đã có phiên bản mới hơn; hãy mở phiên bản đó từ danh sách.</translation>
    </message>
    <message>
        <source>To change it, create a new version.</source>
        <translation>Muốn sửa, hãy tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>Corrected by hand: %1 — %2</source>
        <translation>Đã sửa tay: %1 — %2</translation>
    </message>
    <message>
        <source>e.g. 05</source>
        <translation>ví dụ 05</translation>
    </message>
    <message>
        <source>name of the vice-chairman who signs</source>
        <translation>họ tên Phó Chủ tịch ký thay</translation>
    </message>
    <message>
        <source>Approve the report; it is then locked</source>
        <translation>Duyệt báo cáo; sau khi duyệt báo cáo bị khóa</translation>
    </message>
    <message>
        <source>Only a user with the Approver role can approve reports.</source>
        <translation>Chỉ người dùng có vai trò Lãnh đạo mới được duyệt báo cáo.</translation>
    </message>
    <message>
        <source>This report is already approved.</source>
        <translation>Báo cáo này đã được duyệt.</translation>
    </message>
    <message>
        <source>Finding the records behind the figure</source>
        <translation>Đang tìm các bản ghi tạo nên số liệu</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>All text is saved</source>
        <translation>Đã lưu toàn bộ nội dung</translation>
    </message>
    <message>
        <source>Write the name of the vice-chairman who signs.</source>
        <translation>Hãy nhập họ tên Phó Chủ tịch ký thay.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Only a user with the Approver role can approve reports. Ask the head of the office to log in and approve it.</source>
        <translation>Chỉ người dùng có vai trò Lãnh đạo mới được duyệt báo cáo. Hãy đề nghị lãnh đạo đơn vị đăng nhập và duyệt.</translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation>Báo cáo chưa đủ nội dung</translation>
    </message>
    <message>
        <source>The report cannot be approved yet. Still missing:

%1

Fill each in, or mark it «Nothing to report» (figures: «Correct the figure…»; sections: on the Text tab).</source>
        <translation>Chưa thể phê duyệt báo cáo. Còn thiếu:

%1

Hãy điền từng mục, hoặc đánh dấu «Không phát sinh» (số liệu: «Sửa số liệu…»; phần nội dung: ở thẻ Nội dung).</translation>
    </message>
    <message>
        <source>Approve the report</source>
        <translation>Duyệt báo cáo</translation>
    </message>
    <message>
        <source>Approve “%1”?

After approval the report is locked: its figures, text and document details cannot be changed unless an approver reopens it.</source>
        <translation>Duyệt “%1”?

Sau khi duyệt, báo cáo bị khóa: không sửa được số liệu, nội dung và thông tin văn bản, trừ khi lãnh đạo mở lại.</translation>
    </message>
    <message>
        <source>Reopen the report</source>
        <translation>Mở lại báo cáo</translation>
    </message>
    <message>
        <source>Reopen this report as a draft? It will need to be approved again.</source>
        <translation>Mở lại báo cáo này thành bản nháp? Báo cáo sẽ cần được duyệt lại.</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Đang tính số liệu</translation>
    </message>
    <message>
        <source>The figures are up to date: nothing changed in the records.</source>
        <translation>Số liệu đã cập nhật: dữ liệu không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Applying the new figures</source>
        <translation>Đang áp dụng số liệu mới</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Xuất báo cáo ra PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report as Word</source>
        <translation>Xuất báo cáo ra tệp Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Export the report as Excel</source>
        <translation>Xuất báo cáo ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Đang ghi %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <source>A Vice-Chair signs on the Chair&apos;s behalf: type the signer&apos;s full name.</source>
        <translation>Phó Chủ tịch ký thay: hãy nhập họ tên người ký.</translation>
    </message>
    <message>
        <source>The document number «{number}» is digits only (for example 5 or 05); the symbol BC-… is added by itself.</source>
        <translation>Số văn bản «{number}» chỉ gồm chữ số (ví dụ 5 hoặc 05); ký hiệu BC-… được thêm tự động.</translation>
    </message>
    <message>
        <source>The document date is not valid; pick a day on the calendar.</source>
        <translation>Ngày văn bản không hợp lệ; hãy chọn ngày trên lịch.</translation>
    </message>
    <message>
        <source>Choose who signs: the Chair (head) or a Vice-Chair signing on the Chair&apos;s behalf (deputy).</source>
        <translation>Hãy chọn người ký: Chủ tịch (head) hoặc Phó Chủ tịch ký thay (deputy).</translation>
    </message>
    <message>
        <source>The document details are not right: {problems}</source>
        <translation>Thông tin văn bản chưa đúng: {problems}</translation>
    </message>
    <message>
        <source>Template «{template}» is not used for the period {period}. Choose another period or another template.</source>
        <translation>Mẫu «{template}» không dùng cho kỳ {period}. Hãy chọn kỳ khác hoặc mẫu khác.</translation>
    </message>
    <message>
        <source>There is already a report «{title}» (status: {status}). Open that report to go on with it; if it was sent and needs a change, make a revision.</source>
        <translation>Đã có báo cáo «{title}» (trạng thái: {status}). Hãy mở báo cáo đó để làm tiếp; nếu đã gửi mà cần sửa, hãy tạo bản sửa đổi.</translation>
    </message>
    <message>
        <source>This report is consolidated from the lower offices: press «Consolidate again» on the Consolidated report page to update its figures.</source>
        <translation>Đây là báo cáo tổng hợp từ các đơn vị cấp dưới: hãy bấm «Tổng hợp lại» trên trang Báo cáo tổng hợp để cập nhật số liệu.</translation>
    </message>
    <message>
        <source>The report template has no indicator «{code}».</source>
        <translation>Mẫu báo cáo không có chỉ tiêu «{code}».</translation>
    </message>
    <message>
        <source>Indicator «{indicator}» is not split into rows, so it has no row «{row}».</source>
        <translation>Chỉ tiêu «{indicator}» không chia theo dòng nên không có dòng «{row}».</translation>
    </message>
    <message>
        <source>A figure must be a whole number, not negative.</source>
        <translation>Số liệu phải là số nguyên không âm.</translation>
    </message>
    <message>
        <source>Write a note on why the figure is changed (for example: from the commune&apos;s record book).</source>
        <translation>Hãy ghi chú lý do sửa số liệu (ví dụ: theo sổ theo dõi của xã).</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>Ghi chú dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>The report template has no section «{section}».</source>
        <translation>Mẫu báo cáo không có phần «{section}».</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters; shorten it.</source>
        <translation>Nội dung dài quá {limit} ký tự; hãy rút gọn.</translation>
    </message>
    <message>
        <source>«{target}» is neither a hand-entered figure nor a section of this report.</source>
        <translation>«{target}» không phải số liệu nhập tay hay một phần nội dung của báo cáo này.</translation>
    </message>
    <message>
        <source>The report has no figure «{target}».</source>
        <translation>Báo cáo không có số liệu «{target}».</translation>
    </message>
    <message>
        <source>Only leaders (the Leader role) may approve reports. Sign in with a leader&apos;s account or submit the report to a leader for approval.</source>
        <translation>Chỉ lãnh đạo (vai trò Lãnh đạo) mới được phê duyệt báo cáo. Hãy đăng nhập bằng tài khoản lãnh đạo hoặc trình lãnh đạo phê duyệt.</translation>
    </message>
    <message>
        <source>The report cannot be approved yet; still missing: {items}. Fill each in, or mark it «không phát sinh» (nothing arose in the period).</source>
        <translation>Chưa thể phê duyệt báo cáo, còn thiếu: {items}. Hãy điền từng mục, hoặc đánh dấu «không phát sinh» (trong kỳ không có).</translation>
    </message>
    <message>
        <source>Only leaders (the Leader role) may reopen an approved report. Sign in with a leader&apos;s account or submit the report to a leader for approval.</source>
        <translation>Chỉ lãnh đạo (vai trò Lãnh đạo) mới được mở lại báo cáo đã phê duyệt. Hãy đăng nhập bằng tài khoản lãnh đạo hoặc trình lãnh đạo phê duyệt.</translation>
    </message>
    <message>
        <source>The report has not been approved, so there is nothing to reopen.</source>
        <translation>Báo cáo chưa được phê duyệt, không cần mở lại.</translation>
    </message>
    <message>
        <source>Only an approved report can be sent; this report&apos;s status is «{status}». Submit it to a leader for approval first.</source>
        <translation>Chỉ gửi được báo cáo đã phê duyệt; báo cáo này đang ở trạng thái «{status}». Hãy trình lãnh đạo phê duyệt trước.</translation>
    </message>
    <message>
        <source>The answer status «{status}» is not valid (acknowledged or returned).</source>
        <translation>Trạng thái trả lời «{status}» không hợp lệ (acknowledged hoặc returned).</translation>
    </message>
    <message>
        <source>Returning a report needs a clear reason, so the office can correct it.</source>
        <translation>Trả lại báo cáo cần ghi rõ lý do để đơn vị sửa.</translation>
    </message>
    <message>
        <source>The report has not been sent, so no answer from the level above can be recorded yet.</source>
        <translation>Báo cáo chưa được gửi nên chưa thể ghi nhận trả lời của cấp trên.</translation>
    </message>
    <message>
        <source>Only a sent report gets a revision; this report can still be edited directly after a leader reopens it.</source>
        <translation>Chỉ tạo bản sửa đổi cho báo cáo đã gửi; báo cáo này vẫn sửa trực tiếp được sau khi lãnh đạo mở lại.</translation>
    </message>
    <message>
        <source>Only a sent report gets a revision; this report can still be edited directly.</source>
        <translation>Chỉ tạo bản sửa đổi cho báo cáo đã gửi; báo cáo này vẫn sửa trực tiếp được.</translation>
    </message>
    <message>
        <source>This report already has a revision; open the latest one.</source>
        <translation>Báo cáo này đã có bản sửa đổi; hãy mở bản mới nhất.</translation>
    </message>
    <message>
        <source>Cannot export to the file «{name}»: give the file a name ending in .pdf (document to sign), .docx (Word, to edit) or .xlsx (Excel).</source>
        <translation>Không xuất được ra tệp «{name}»: hãy đặt tên tệp kết thúc bằng .pdf (văn bản để ký), .docx (Word, để chỉnh sửa) hoặc .xlsx (Excel).</translation>
    </message>
    <message>
        <source>The folder «{folder}» does not exist. Choose another folder.</source>
        <translation>Thư mục «{folder}» không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Report «{report_id}» was not found. Check the report&apos;s id (the command «dnnd report list» lists the reports).</source>
        <translation>Không tìm thấy báo cáo «{report_id}». Hãy kiểm tra lại mã báo cáo (lệnh «dnnd report list» liệt kê các báo cáo).</translation>
    </message>
    <message>
        <source>The built-in report template «{name}» is broken: {error}. Install the software again.</source>
        <translation>Mẫu báo cáo có sẵn «{name}» bị hỏng: {error}. Hãy cài lại phần mềm.</translation>
    </message>
    <message>
        <source>There is no report template «{code}» version {version}. The templates there are: {have}.</source>
        <translation>Không có mẫu báo cáo «{code}» phiên bản {version}. Các mẫu hiện có: {have}.</translation>
    </message>
    <message>
        <source>There is no report template «{code}». The templates there are: {have}.</source>
        <translation>Không có mẫu báo cáo «{code}». Các mẫu hiện có: {have}.</translation>
    </message>
    <message>
        <source>Report template «{code}» version {version} is already here with a different content. A changed template must carry a new version number; ask the sender to raise the version number.</source>
        <translation>Mẫu báo cáo «{code}» phiên bản {version} đã có với nội dung khác. Mẫu sửa đổi phải mang số phiên bản mới; hãy đề nghị nơi gửi tăng số phiên bản.</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <source>What is due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>No report is due in the coming three months.</source>
        <translation>Không có báo cáo nào đến hạn trong ba tháng tới.</translation>
    </message>
    <message>
        <source>Double-click a line to open its report, or to write it if it is not started yet.</source>
        <translation>Nhấp đúp vào một dòng để mở báo cáo, hoặc để lập báo cáo nếu chưa lập.</translation>
    </message>
    <message>
        <source>Reports of this office</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Lập báo cáo…</translation>
    </message>
    <message>
        <source>Write a new report for a period (Ctrl+N)</source>
        <translation>Lập báo cáo mới cho một kỳ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected report (Enter)</source>
        <translation>Mở báo cáo đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>No report yet. Click “New report…” to write the first one.</source>
        <translation>Chưa có báo cáo nào. Nhấn “Lập báo cáo…” để lập báo cáo đầu tiên.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa lập</translation>
    </message>
    <message>
        <source>Returned by the province: %1</source>
        <translation>Cấp trên trả lại: %1</translation>
    </message>
    <message>
        <source>A later version of this report exists.</source>
        <translation>Báo cáo này đã có phiên bản mới hơn.</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>New</source>
        <translation>Mới tạo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received by the level above</source>
        <translation>Cấp trên đã nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(không rõ thời điểm)</translation>
    </message>
    <message>
        <source>the leadership</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>The report was approved by {approver} at {approved_at}, so it is locked and cannot be edited. To change it, a person allowed to approve must reopen the report as a draft.</source>
        <translation>Báo cáo đã được {approver} phê duyệt lúc {approved_at} nên đã khóa, không sửa được. Nếu cần sửa, người có quyền phê duyệt hãy mở lại báo cáo thành bản nháp.</translation>
    </message>
    <message>
        <source>The report was sent to the level above at {sent_at} (approved by {approver} at {approved_at}). A sent version is never edited; make a revision (a new version) to change it.</source>
        <translation>Báo cáo đã gửi cấp trên lúc {sent_at} (do {approver} phê duyệt lúc {approved_at}). Bản đã gửi không bao giờ được sửa; hãy tạo bản sửa đổi (phiên bản mới) để sửa.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Mid-term review (several years)</source>
        <translation>Sơ kết (nhiều năm)</translation>
    </message>
    <message>
        <source>Final review (several years)</source>
        <translation>Tổng kết (nhiều năm)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Không phát sinh</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Computing the figures for %1</source>
        <translation>Đang tính số liệu %1</translation>
    </message>
</context>
<context>
    <name>RestoredData</name>
    <message>
        <source>The program will now close so that it starts again cleanly with the restored data. Open it again to continue working.</source>
        <translation>Chương trình sẽ đóng lại để khởi động lại sạch sẽ với dữ liệu đã khôi phục. Hãy mở lại để tiếp tục làm việc.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Province level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation>Cấp xã</translation>
    </message>
</context>
<context>
    <name>SavedFileBox</name>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Đã lưu tệp</translation>
    </message>
</context>
<context>
    <name>SchemaErrors</name>
    <message>
        <source>field «{field}»</source>
        <translation>trường «{field}»</translation>
    </message>
    <message>
        <source>item {n} of «{field}»</source>
        <translation>mục thứ {n} của «{field}»</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>mục thứ {n}</translation>
    </message>
    <message>
        <source>{place}: the field «{field}» is missing.</source>
        <translation>{place}: thiếu trường «{field}».</translation>
    </message>
    <message>
        <source>{place}: the field «{field}» is not part of this format.</source>
        <translation>{place}: trường «{field}» không có trong định dạng này.</translation>
    </message>
    <message>
        <source>{place}: must be text.</source>
        <translation>{place}: phải là chữ.</translation>
    </message>
    <message>
        <source>{place}: must be a whole number.</source>
        <translation>{place}: phải là số nguyên.</translation>
    </message>
    <message>
        <source>{place}: must be true or false.</source>
        <translation>{place}: phải là true hoặc false.</translation>
    </message>
    <message>
        <source>{place}: must be a JSON object {{…}}.</source>
        <translation>{place}: phải là một đối tượng JSON {{…}}.</translation>
    </message>
    <message>
        <source>{place}: must be a list […].</source>
        <translation>{place}: phải là một danh sách […].</translation>
    </message>
    <message>
        <source>{place}: must be left empty (null).</source>
        <translation>{place}: phải để trống (null).</translation>
    </message>
    <message>
        <source>{place}: must not be empty.</source>
        <translation>{place}: không được để trống.</translation>
    </message>
    <message>
        <source>{place}: must have at least {min_length} characters.</source>
        <translation>{place}: phải có ít nhất {min_length} ký tự.</translation>
    </message>
    <message>
        <source>{place}: is longer than {max_length} characters.</source>
        <translation>{place}: dài quá {max_length} ký tự.</translation>
    </message>
    <message>
        <source>{place}: needs at least {min_length} items.</source>
        <translation>{place}: cần ít nhất {min_length} mục.</translation>
    </message>
    <message>
        <source>{place}: has more than {max_length} items.</source>
        <translation>{place}: có quá {max_length} mục.</translation>
    </message>
    <message>
        <source>{place}: must be at least {ge}.</source>
        <translation>{place}: phải từ {ge} trở lên.</translation>
    </message>
    <message>
        <source>{place}: must be more than {gt}.</source>
        <translation>{place}: phải lớn hơn {gt}.</translation>
    </message>
    <message>
        <source>{place}: must be at most {le}.</source>
        <translation>{place}: không được quá {le}.</translation>
    </message>
    <message>
        <source>{place}: must be less than {lt}.</source>
        <translation>{place}: phải nhỏ hơn {lt}.</translation>
    </message>
    <message>
        <source>{place}: is not one of the allowed values ({expected}).</source>
        <translation>{place}: không phải một trong các giá trị được dùng ({expected}).</translation>
    </message>
    <message>
        <source>{place}: «{value}» is not one of the allowed values ({expected}).</source>
        <translation>{place}: «{value}» không phải một trong các giá trị được dùng ({expected}).</translation>
    </message>
    <message>
        <source>{place}: is not in the expected form.</source>
        <translation>{place}: không đúng dạng quy định.</translation>
    </message>
    <message>
        <source>{place}: «{value}» is not in the expected form.</source>
        <translation>{place}: «{value}» không đúng dạng quy định.</translation>
    </message>
    <message>
        <source>{place}: is not valid.</source>
        <translation>{place}: không hợp lệ.</translation>
    </message>
    <message>
        <source>{problems}; and {more} more problems</source>
        <translation>{problems}; và {more} lỗi khác</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>The office&apos;s data, its backups and attached files are encrypted on this computer. The key passphrase opens them at each start; the printed recovery code opens them if the passphrase is lost.</source>
        <translation>Dữ liệu của đơn vị, các bản sao lưu và tệp đính kèm được mã hóa trên máy tính này. Mật khẩu khóa mở dữ liệu mỗi lần khởi động; mã khôi phục đã in mở được dữ liệu khi quên mật khẩu.</translation>
    </message>
    <message>
        <source>The key passphrase protects the office&apos;s keys (signing packages, encrypted backups).</source>
        <translation>Mật khẩu khóa bảo vệ khóa của đơn vị (ký các gói, sao lưu mã hóa).</translation>
    </message>
    <message>
        <source>Change the key passphrase…</source>
        <translation>Đổi mật khẩu của khóa…</translation>
    </message>
    <message>
        <source>Print a new recovery code…</source>
        <translation>In mã khôi phục mới…</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>The PostgreSQL tool {tool} is not installed on this computer. Install the PostgreSQL client tools (the same or a newer version than the server), or run on the server: {command}</source>
        <translation>Máy này chưa cài công cụ {tool} của PostgreSQL. Hãy cài bộ công cụ máy khách PostgreSQL (cùng phiên bản hoặc mới hơn máy chủ), hoặc chạy trên máy chủ lệnh: {command}</translation>
    </message>
    <message>
        <source>The restore into the database server failed and was undone ({detail}). Nothing was changed.</source>
        <translation>Khôi phục vào cơ sở dữ liệu máy chủ không thành công và đã được hủy bỏ ({detail}). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database server could not be backed up ({detail}). Check the connection and the free space, then try again.</source>
        <translation>Không sao lưu được cơ sở dữ liệu trên máy chủ ({detail}). Hãy kiểm tra kết nối và dung lượng còn trống rồi thử lại.</translation>
    </message>
    <message>
        <source>{file} is not a backup of a database server (pg_dump custom format). Nothing was changed.</source>
        <translation>{file} không phải bản sao lưu cơ sở dữ liệu máy chủ (định dạng pg_dump). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database {url} already holds data. A server backup is restored only into an empty database: create a new one (createdb), point the software at it, and restore again. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {url} đã có dữ liệu. Bản sao lưu máy chủ chỉ được khôi phục vào một cơ sở dữ liệu trống: hãy tạo cơ sở dữ liệu mới (createdb), chỉ phần mềm tới đó rồi khôi phục lại. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Documents and reports are always written in Vietnamese.</source>
        <translation>Văn bản và báo cáo luôn được lập bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation>Chỉ người có vai trò Quản trị mới được quản lý người dùng.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Making the office&apos;s signing and encryption keys…</source>
        <translation>Đang tạo khóa ký và khóa mã hóa của đơn vị…</translation>
    </message>
    <message>
        <source>Making the database…</source>
        <translation>Đang tạo cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Writing the office&apos;s details…</source>
        <translation>Đang ghi thông tin đơn vị…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hoàn tất.</translation>
    </message>
</context>
<context>
    <name>SetupErrors</name>
    <message>
        <source>Choose the level of the office: province, district or commune.</source>
        <translation>Hãy chọn cấp của đơn vị: tỉnh, huyện hoặc xã.</translation>
    </message>
    <message>
        <source>Choose a province or city from the list.</source>
        <translation>Hãy chọn tỉnh, thành phố trong danh sách.</translation>
    </message>
    <message>
        <source>No commune or ward «{name}» was found in {province}. Choose the right name from the list.</source>
        <translation>Không tìm thấy xã, phường «{name}» thuộc {province}. Hãy chọn đúng tên trong danh sách.</translation>
    </message>
    <message>
        <source>{count} communes or wards match «{name}». Write the full name.</source>
        <translation>Có {count} xã, phường khớp với «{name}». Hãy ghi đầy đủ tên.</translation>
    </message>
    <message>
        <source>Enter the name of the district (e.g. huyện Bát Xát).</source>
        <translation>Hãy nhập tên huyện (ví dụ: huyện Bát Xát).</translation>
    </message>
    <message>
        <source>Enter the name of the office (e.g. Ủy ban MTTQ Việt Nam huyện Bát Xát).</source>
        <translation>Hãy nhập tên đơn vị (ví dụ: Ủy ban MTTQ Việt Nam huyện Bát Xát).</translation>
    </message>
    <message>
        <source>Enter the office&apos;s document symbol (e.g. MTTQ-BTT).</source>
        <translation>Hãy nhập ký hiệu văn bản của đơn vị (ví dụ: MTTQ-BTT).</translation>
    </message>
    <message>
        <source>Enter the place name written on the date line (e.g. Bát Xát).</source>
        <translation>Hãy nhập địa danh ghi ở dòng ngày tháng (ví dụ: Bát Xát).</translation>
    </message>
    <message>
        <source>Enter the name of the first user.</source>
        <translation>Hãy nhập tên người dùng đầu tiên.</translation>
    </message>
    <message>
        <source>The user&apos;s password needs at least 4 characters (or leave it empty).</source>
        <translation>Mật khẩu người dùng cần ít nhất 4 ký tự (hoặc để trống).</translation>
    </message>
    <message>
        <source>The setup information is incomplete or wrong: {problems}</source>
        <translation>Thông tin thiết lập chưa đầy đủ hoặc chưa đúng: {problems}</translation>
    </message>
    <message>
        <source>This data folder is already set up for an office. It is not set up again, so that no data is lost; choose another folder if needed.</source>
        <translation>Thư mục dữ liệu này đã được thiết lập cho một đơn vị. Không thiết lập lại để tránh mất dữ liệu; hãy chọn thư mục khác nếu cần.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>People&apos;s Diplomacy — first-time setup</source>
        <translation>Đối ngoại nhân dân — Thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Creating your office&apos;s data and keys…</source>
        <translation>Đang tạo dữ liệu và khóa của đơn vị…</translation>
    </message>
    <message>
        <source>Making the recovery code…</source>
        <translation>Đang tạo mã khôi phục dữ liệu…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records with an office</source>
        <translation>Chia sẻ hồ sơ với đơn vị khác</translation>
    </message>
    <message>
        <source>The chosen records also go to the chosen office in its sync packages, with their later changes. Share only what the two offices really keep together (for example a twinning pair); only records your office owns can be shared.</source>
        <translation>Các hồ sơ được chọn sẽ được gửi thêm cho đơn vị được chọn trong các gói đồng bộ gửi đơn vị đó, cùng với những thay đổi sau này. Chỉ chia sẻ những gì hai đơn vị thực sự cùng theo dõi (ví dụ một cặp kết nghĩa); chỉ chia sẻ được hồ sơ do đơn vị mình tạo.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Loại hồ sơ:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Bỏ chọn hết</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>Chia &amp;sẻ</translation>
    </message>
</context>
<context>
    <name>SharesTab</name>
    <message>
        <source>A record goes to the office that owns it and to the offices above it. A record shared here also goes to the office named, with its later changes, in the sync packages to that office.</source>
        <translation>Mỗi hồ sơ chỉ được gửi cho đơn vị tạo ra nó và các đơn vị cấp trên. Hồ sơ được chia sẻ ở đây còn được gửi cho đơn vị ghi bên cạnh, cùng với những thay đổi sau này, trong các gói đồng bộ gửi đơn vị đó.</translation>
    </message>
    <message>
        <source>Share &amp;records…</source>
        <translation>Chia sẻ &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>S&amp;top sharing…</source>
        <translation>&amp;Bỏ chia sẻ…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Chia sẻ với</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>No record is shared with another office.</source>
        <translation>Chưa có hồ sơ nào được chia sẻ với đơn vị khác.</translation>
    </message>
    <message>
        <source>Sharing the records</source>
        <translation>Đang chia sẻ hồ sơ</translation>
    </message>
    <message>
        <source>Share records with an office</source>
        <translation>Chia sẻ hồ sơ với đơn vị khác</translation>
    </message>
    <message>
        <source>%1 records are shared with “%2”. They go in the next sync package to that office.</source>
        <translation>Đã chia sẻ %1 hồ sơ với “%2”. Các hồ sơ này sẽ được gửi trong gói đồng bộ tiếp theo cho đơn vị đó.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Bỏ chia sẻ</translation>
    </message>
    <message>
        <source>Stop sharing “%1” with “%2”?

Later changes of this record, and its deletion, no longer go to that office. The copy that office already holds stays there as it is; ask that office if it should delete it. The change is recorded in the audit log.</source>
        <translation>Bỏ chia sẻ “%1” với “%2”?

Những thay đổi sau này của hồ sơ, kể cả việc xóa, sẽ không còn được gửi cho đơn vị đó. Bản đơn vị đó đang giữ vẫn còn nguyên như hiện tại; hãy hỏi đơn vị đó xem có cần xóa không. Việc này được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Stopping the share</source>
        <translation>Đang bỏ chia sẻ</translation>
    </message>
</context>
<context>
    <name>SignPdfDialog</name>
    <message>
        <source>Sign the PDF digitally</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <source>PDF to sign:</source>
        <translation>Tệp PDF cần ký:</translation>
    </message>
    <message>
        <source>Choose the PDF to sign</source>
        <translation>Chọn tệp PDF cần ký</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate file (.p12, .pfx)</source>
        <translation>Tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <source>USB token</source>
        <translation>Thiết bị ký số (USB token)</translation>
    </message>
    <message>
        <source>Sign with:</source>
        <translation>Ký bằng:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Token driver library:</source>
        <translation>Thư viện điều khiển thiết bị ký số:</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation>Chọn thư viện PKCS#11 của thiết bị ký số</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib)</source>
        <translation>Thư viện (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <source>Password or PIN:</source>
        <translation>Mật khẩu hoặc mã PIN:</translation>
    </message>
    <message>
        <source>Approval of the document</source>
        <translation>Phê duyệt văn bản</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the PDF file to sign.</source>
        <translation>Hãy chọn tệp PDF cần ký.</translation>
    </message>
    <message>
        <source>Signing the PDF</source>
        <translation>Đang ký số tệp PDF</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Digital signatures of %1</source>
        <translation>Chữ ký số của %1</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp bởi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>This PDF has no digital signature.</source>
        <translation>Tệp PDF này chưa có chữ ký số.</translation>
    </message>
    <message>
        <source>Every signature is intact and the file has not changed since.</source>
        <translation>Các chữ ký đều còn nguyên vẹn và tệp không bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>Warning: the file changed after it was signed, or a signature is broken.</source>
        <translation>Cảnh báo: tệp đã bị thay đổi sau khi ký, hoặc có chữ ký không còn giá trị.</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF</source>
        <translation>Kiểm tra chữ ký số của tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SigningPassphraseDialog</name>
    <message>
        <source>Passphrase of the office&apos;s key</source>
        <translation>Mật khẩu khóa của đơn vị</translation>
    </message>
    <message>
        <source>Type the passphrase of the office&apos;s key (chosen when the program was set up). It is not saved anywhere.</source>
        <translation>Nhập mật khẩu khóa của đơn vị (đặt khi cài đặt phần mềm). Mật khẩu không được lưu ở đâu cả.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase was not right. Type it again (%1 tries left).</source>
        <translation>Mật khẩu chưa đúng. Hãy nhập lại (còn %1 lần thử).</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>This database was made by a newer version of the app. Install the newest version of the app and open it again; the data is kept as it was, unchanged.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản phần mềm mới hơn. Hãy cài phiên bản mới nhất của phần mềm rồi mở lại; dữ liệu vẫn được giữ nguyên, chưa bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Muộn hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Not sent (overdue)</source>
        <translation>Chưa gửi (quá hạn)</translation>
    </message>
    <message>
        <source>Not sent (not due yet)</source>
        <translation>Chưa gửi (chưa đến hạn)</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <source>Reports received</source>
        <translation>Báo cáo cấp dưới</translation>
    </message>
    <message>
        <source>Which lower offices reported for a period, on time or late, and the reports themselves: acknowledge them or return them with a comment.</source>
        <translation>Đơn vị nào đã gửi báo cáo của kỳ, đúng hạn hay muộn, và chính các báo cáo: tiếp nhận hoặc trả lại kèm ý kiến.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu báo cáo:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày muộn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần sửa</translation>
    </message>
    <message>
        <source>Comment of the province</source>
        <translation>Ý kiến của tỉnh</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Tình hình gửi báo cáo</translation>
    </message>
    <message>
        <source>No report period yet.</source>
        <translation>Chưa có kỳ báo cáo nào.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <source>Due %1 · %2 of %3 offices reported (%4), %5 on time (%6) · late %7 · returned %8 · missing %9</source>
        <translation>Hạn %1 · %2/%3 đơn vị đã gửi (%4), %5 đúng hạn (%6) · muộn %7 · bị trả lại %8 · chưa gửi %9</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file</source>
        <translation>Đang ghi tệp Excel</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Tiếp nhận…</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Trả lại kèm ý kiến…</translation>
    </message>
    <message>
        <source>Send answers to this office…</source>
        <translation>Gửi trả lời cho đơn vị…</translation>
    </message>
    <message>
        <source>Make a package with the answers to the selected office&apos;s reports</source>
        <translation>Tạo gói chứa các trả lời báo cáo của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>The report as the office stated it</source>
        <translation>Báo cáo như đơn vị đã gửi</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Báo cáo đã nhận</translation>
    </message>
    <message>
        <source>correction %1</source>
        <translation>sửa đổi lần %1</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (đã có bản mới)</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>Hãy chọn một báo cáo trước.</translation>
    </message>
    <message>
        <source>The answer goes to the office with the next package you make for it.</source>
        <translation>Trả lời sẽ đi cùng gói tiếp theo gửi đơn vị này.</translation>
    </message>
    <message>
        <source>Select a report of the office first.</source>
        <translation>Hãy chọn một báo cáo của đơn vị trước.</translation>
    </message>
    <message>
        <source>Save the answers package</source>
        <translation>Lưu gói trả lời báo cáo</translation>
    </message>
    <message>
        <source>Packages (*.dnnd)</source>
        <translation>Gói dữ liệu (*.dnnd)</translation>
    </message>
    <message>
        <source>Signing the package needs the office&apos;s key.</source>
        <translation>Ký gói dữ liệu cần khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Making the answers package</source>
        <translation>Đang tạo gói trả lời</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <source>Press Finish to create your office&apos;s data and keys. This takes a few seconds.</source>
        <translation>Bấm «Hoàn tất» để tạo dữ liệu và khóa của đơn vị. Việc này mất vài giây.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Body above</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Place on the date line</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>First user</source>
        <translation>Người dùng đầu tiên</translation>
    </message>
    <message>
        <source>User password</source>
        <translation>Mật khẩu người dùng</translation>
    </message>
    <message>
        <source>set</source>
        <translation>đã đặt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không đặt</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Comparing and writing the synced data</source>
        <translation>Đang đối chiếu và ghi dữ liệu đồng bộ</translation>
    </message>
    <message>
        <source>The synced data has been compared</source>
        <translation>Đã đối chiếu xong dữ liệu đồng bộ</translation>
    </message>
    <message>
        <source>Resolved or changed again at another office.</source>
        <translation>Đã được xử lý hoặc sửa lại tại đơn vị khác.</translation>
    </message>
    <message>
        <source>Synced data imported from office {office_id}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} refused.</source>
        <translation>Nhập dữ liệu đồng bộ từ đơn vị {office_id}: {new} mới, {updated} cập nhật, {unchanged} không đổi, {conflicts} xung đột, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <source>Changed at two offices at the same time: the right value must be chosen.</source>
        <translation>Sửa đồng thời tại hai đơn vị: cần chọn giá trị đúng.</translation>
    </message>
    <message>
        <source>Choosing the data to send</source>
        <translation>Đang chọn dữ liệu cần gửi</translation>
    </message>
    <message>
        <source>The data to send has been chosen</source>
        <translation>Đã chọn xong dữ liệu cần gửi</translation>
    </message>
    <message>
        <source>Value chosen when resolving a conflict.</source>
        <translation>Chọn giá trị khi xử lý xung đột.</translation>
    </message>
    <message>
        <source>The deletion of the record is kept.</source>
        <translation>Giữ việc xóa bản ghi.</translation>
    </message>
    <message>
        <source>Record deleted at another office restored.</source>
        <translation>Khôi phục bản ghi đã bị xóa tại đơn vị khác.</translation>
    </message>
    <message>
        <source>Duplicate record {drop} merged into {keep}; moved 0 links.</source>
        <translation>Gộp bản ghi trùng {drop} vào {keep}; chuyển 0 liên kết.</translation>
    </message>
    <message>
        <source>Duplicate record {drop} merged into {keep}; moved {moved}.</source>
        <translation>Gộp bản ghi trùng {drop} vào {keep}; chuyển {moved}.</translation>
    </message>
    <message>
        <source>Not sent for want of valid consent to share their data in packages: {households} households, {persons} persons abroad, with what belongs to them. They go in the first package after the consent is recorded.</source>
        <translation>Không gửi đi vì chưa có sự đồng ý hợp lệ cho việc chia sẻ dữ liệu trong gói dữ liệu: {households} hộ gia đình, {persons} người ở nước ngoài, cùng các thông tin thuộc về họ. Các hồ sơ này sẽ được gửi trong gói đầu tiên sau khi ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <source>  … and {count} more.</source>
        <translation>  … và {count} trường hợp khác.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The synced data does not match the office that signed the package. The package was not imported.</source>
        <translation>Dữ liệu đồng bộ không khớp với đơn vị đã ký gói. Gói không được nhập.</translation>
    </message>
    <message>
        <source>The sync package lacks its data description. Ask the sending office to make the package again.</source>
        <translation>Gói đồng bộ thiếu phần mô tả dữ liệu. Hãy yêu cầu đơn vị gửi lập lại gói.</translation>
    </message>
    <message>
        <source>The data description of the sync package is damaged. Ask the sending office to make the package again.</source>
        <translation>Phần mô tả của gói đồng bộ bị hỏng. Hãy yêu cầu đơn vị gửi lập lại gói.</translation>
    </message>
    <message>
        <source>The sync package holds an unknown file «{name}». The package was not imported.</source>
        <translation>Gói đồng bộ có tệp lạ «{name}». Gói không được nhập.</translation>
    </message>
    <message>
        <source>The sync package was made with a newer version of the app than the one on this computer. Update the app on this computer to the newest version, then import the package again; the sending office need not do anything.</source>
        <translation>Gói đồng bộ được tạo bằng phiên bản phần mềm mới hơn phiên bản trên máy này. Hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất rồi nhập lại gói; đơn vị gửi không cần làm gì.</translation>
    </message>
    <message>
        <source>The sync package holds {found} lines of {kind} where its description lists {listed}: the package was made wrong or changed after it was made. It was not imported and nothing changed. Ask the sending office to check its app and make the package again.</source>
        <translation>Gói đồng bộ có {found} dòng dữ liệu «{kind}» trong khi phần mô tả của gói ghi {listed}: gói được tạo sai hoặc đã bị sửa sau khi tạo. Gói chưa được nhập, dữ liệu không thay đổi. Hãy báo đơn vị gửi kiểm tra phần mềm của họ và làm lại gói.</translation>
    </message>
    <message>
        <source>More than {limit} records of the sync package cannot be read: it was made wrong or by an app that does not match this one. It was not imported and nothing changed. Ask the sending office to check its app and make the package again.</source>
        <translation>Gói đồng bộ có hơn {limit} hồ sơ không đọc được: gói được tạo sai hoặc bởi phần mềm không khớp với phần mềm này. Gói chưa được nhập và không có gì thay đổi. Hãy đề nghị đơn vị gửi kiểm tra phần mềm của họ và tạo lại gói.</translation>
    </message>
    <message>
        <source>The sync package lacks data listed in its description. The package was not imported.</source>
        <translation>Gói đồng bộ thiếu dữ liệu đã kê trong phần mô tả. Gói không được nhập.</translation>
    </message>
    <message>
        <source>This is not sync data of this software. The package was not imported.</source>
        <translation>Đây không phải dữ liệu đồng bộ của phần mềm. Gói không được nhập.</translation>
    </message>
    <message>
        <source>The description of the sync package is not valid ({problems}). The package was not imported.</source>
        <translation>Phần mô tả của gói đồng bộ không hợp lệ ({problems}). Gói không được nhập.</translation>
    </message>
    <message>
        <source>This conflict was not found (it may have been resolved already).</source>
        <translation>Không tìm thấy xung đột này (có thể đã được xử lý).</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Xung đột này đã được xử lý rồi.</translation>
    </message>
    <message>
        <source>Choose a value from 1 to {count}.</source>
        <translation>Hãy chọn một giá trị từ 1 đến {count}.</translation>
    </message>
    <message>
        <source>The record of this conflict was not found.</source>
        <translation>Không tìm thấy bản ghi của xung đột này.</translation>
    </message>
    <message>
        <source>This conflict no longer exists (the record was changed or deleted since).</source>
        <translation>Xung đột này không còn nữa (bản ghi đã được sửa hoặc xóa sau đó).</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Hãy chọn hai bản ghi khác nhau để gộp.</translation>
    </message>
    <message>
        <source>Two records of the same kind (households or persons) to merge were not found.</source>
        <translation>Không tìm thấy đủ hai bản ghi cùng loại (hộ hoặc người) để gộp.</translation>
    </message>
    <message>
        <source>One of the two records has been deleted or merged before.</source>
        <translation>Một trong hai bản ghi đã bị xóa hoặc đã được gộp trước đó.</translation>
    </message>
    <message>
        <source>the description of the sync data</source>
        <translation>phần mô tả dữ liệu đồng bộ</translation>
    </message>
    <message>
        <source>«base», site «{key}»</source>
        <translation>«base», máy «{key}»</translation>
    </message>
    <message>
        <source>«upto», site «{key}»</source>
        <translation>«upto», máy «{key}»</translation>
    </message>
    <message>
        <source>«counts», kind «{key}»</source>
        <translation>«counts», loại «{key}»</translation>
    </message>
    <message>
        <source>attachment {n}</source>
        <translation>tệp đính kèm thứ {n}</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>bản ghi</translation>
    </message>
    <message>
        <source>stamp group {n}</source>
        <translation>nhóm dấu ghi thứ {n}</translation>
    </message>
    <message>
        <source>other values of «{key}»</source>
        <translation>các giá trị khác của «{key}»</translation>
    </message>
    <message>
        <source>version of site «{key}»</source>
        <translation>phiên bản của máy «{key}»</translation>
    </message>
    <message>
        <source>{place}: is not JSON.</source>
        <translation>{place}: không phải JSON.</translation>
    </message>
    <message>
        <source>{place}: is not a real date YYYY-MM-DD.</source>
        <translation>{place}: không phải ngày có thật dạng NĂM-THÁNG-NGÀY.</translation>
    </message>
    <message>
        <source>{place}: is not a real date and time.</source>
        <translation>{place}: không phải ngày giờ có thật.</translation>
    </message>
    <message>
        <source>{place}: the origin site is missing from the version vector.</source>
        <translation>{place}: máy tạo bản ghi không có trong véc-tơ phiên bản.</translation>
    </message>
    <message>
        <source>{place}: has more stamp groups than the record has fields.</source>
        <translation>{place}: có nhiều nhóm dấu ghi hơn số trường của bản ghi.</translation>
    </message>
    <message>
        <source>{place}: a stamp is not covered by the version vector.</source>
        <translation>{place}: có dấu ghi vượt quá véc-tơ phiên bản.</translation>
    </message>
    <message>
        <source>{place}: a stamp names an unknown field, or a field twice.</source>
        <translation>{place}: dấu ghi nêu một trường không có, hoặc nêu một trường hai lần.</translation>
    </message>
    <message>
        <source>{place}: is deleted but has no delete stamp.</source>
        <translation>{place}: đã xóa nhưng không có dấu ghi xóa.</translation>
    </message>
    <message>
        <source>{place}: «merged_into_id» names the record itself, or the record is not deleted.</source>
        <translation>{place}: «merged_into_id» trỏ tới chính bản ghi, hoặc bản ghi chưa bị xóa.</translation>
    </message>
    <message>
        <source>{place}: one of the other values of «{field}» does not fit the field.</source>
        <translation>{place}: một giá trị khác của «{field}» không hợp với trường này.</translation>
    </message>
    <message>
        <source>{place}: other values are given for a field this kind of record does not have.</source>
        <translation>{place}: có các giá trị khác cho một trường mà loại bản ghi này không có.</translation>
    </message>
    <message>
        <source>records that belong to another office</source>
        <translation>dữ liệu thuộc về đơn vị khác</translation>
    </message>
    <message>
        <source>records said to be made on a computer of another office</source>
        <translation>dữ liệu ghi là được lập trên máy của đơn vị khác</translation>
    </message>
    <message>
        <source>change counters far beyond what that office has made</source>
        <translation>số đếm thay đổi vượt xa số thay đổi đơn vị đó đã thực hiện</translation>
    </message>
    <message>
        <source>records of another office, which an office above may not pass on to this office</source>
        <translation>dữ liệu của đơn vị khác, mà đơn vị cấp trên không được chuyển cho đơn vị này</translation>
    </message>
    <message>
        <source>The package from «{office}» contains {what}. An office may only send changes it is allowed to make, so the whole package was refused and nothing was imported. Call that office: its app or computer may be faulty or misused.</source>
        <translation>Gói của «{office}» chứa {what}. Mỗi đơn vị chỉ được gửi những thay đổi mình có quyền thực hiện, vì vậy cả gói bị từ chối và không có dữ liệu nào được nhập. Hãy gọi điện cho đơn vị đó: phần mềm hoặc máy tính của họ có thể bị lỗi hoặc bị người khác sử dụng trái phép.</translation>
    </message>
    <message>
        <source>The record to share was not found.</source>
        <translation>Không tìm thấy hồ sơ cần chia sẻ.</translation>
    </message>
    <message>
        <source>A record cannot be shared with its own office.</source>
        <translation>Không thể chia sẻ hồ sơ với chính đơn vị của mình.</translation>
    </message>
    <message>
        <source>There is no record kind «{kind}».</source>
        <translation>Không có loại hồ sơ «{kind}».</translation>
    </message>
    <message>
        <source>The record line repeats a field name; the record was refused.</source>
        <translation>Dòng dữ liệu lặp lại tên một trường; bản ghi này bị từ chối.</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <source>Deadline:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Progress note:</source>
        <translation>Ghi chú tiến độ:</translation>
    </message>
    <message>
        <source>What was done, what remains, difficulties…</source>
        <translation>Đã làm gì, còn lại gì, khó khăn…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the status and the note (Ctrl+S)</source>
        <translation>Lưu trạng thái và ghi chú (Ctrl+S)</translation>
    </message>
    <message>
        <source>Evidence: linked activities</source>
        <translation>Minh chứng: hoạt động đã gắn</translation>
    </message>
    <message>
        <source>Link an activity…</source>
        <translation>Gắn hoạt động…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Bỏ gắn</translation>
    </message>
    <message>
        <source>Choose a task in the list.</source>
        <translation>Hãy chọn một nhiệm vụ trong danh sách.</translation>
    </message>
    <message>
        <source>No activity linked yet.</source>
        <translation>Chưa gắn hoạt động nào.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>Lưu nhiệm vụ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Link an activity</source>
        <translation>Gắn hoạt động</translation>
    </message>
    <message>
        <source>Remove “%1” from the evidence of this task? The activity itself is kept.</source>
        <translation>Bỏ «%1» khỏi minh chứng của nhiệm vụ này? Bản thân hoạt động vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>This plan was not found; it may have been replaced by a new version.</source>
        <translation>Không tìm thấy kế hoạch này; có thể nó đã được thay bằng phiên bản mới.</translation>
    </message>
    <message>
        <source>This task was not found; the level above may have taken it out of the plan.</source>
        <translation>Không tìm thấy nhiệm vụ này; có thể cấp trên đã bỏ nhiệm vụ khỏi kế hoạch.</translation>
    </message>
    <message>
        <source>There is no status «{status}». Choose: not started, in progress or done.</source>
        <translation>Trạng thái «{status}» không có. Hãy chọn: chưa thực hiện, đang thực hiện hoặc hoàn thành.</translation>
    </message>
    <message>
        <source>The activity to link as evidence was not found.</source>
        <translation>Không tìm thấy hoạt động cần gắn làm minh chứng.</translation>
    </message>
    <message>
        <source>This activity is not linked to the task.</source>
        <translation>Hoạt động này không được gắn với nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>TaskProgressTable</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>Evidence (activities)</source>
        <translation>Minh chứng (hoạt động)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp kèm theo</translation>
    </message>
    <message>
        <source>The tasks of the plans for this period, as the Tasks page had them when the figures were computed. They are printed at the end of the first section; change a task on the Tasks page, then compute the figures again.</source>
        <translation>Các nhiệm vụ của kế hoạch trong kỳ này, như trên trang Nhiệm vụ vào lúc tính số liệu. Phần này được in ở cuối mục I; muốn thay đổi, hãy sửa nhiệm vụ trên trang Nhiệm vụ rồi tính lại số liệu.</translation>
    </message>
    <message>
        <source>No plan with tasks covers this period, so the report lists no task progress.</source>
        <translation>Không có kế hoạch nào có nhiệm vụ trong kỳ này, nên báo cáo không liệt kê tiến độ nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <translation>Vui lòng đợi</translation>
    </message>
    <message>
        <source>Another job that saves data is still running. Please wait until it finishes, then try again.</source>
        <translation>Đang có một công việc khác ghi dữ liệu. Vui lòng đợi công việc đó xong rồi thử lại.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>TaskTexts</name>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <source>(%1 days late)</source>
        <translation>(quá hạn %1 ngày)</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(hôm nay)</translation>
    </message>
    <message>
        <source>(%1 days left)</source>
        <translation>(còn %1 ngày)</translation>
    </message>
    <message>
        <source>{kind} report: due {day}/{month}</source>
        <translation>Báo cáo {kind}: hạn {day}/{month}</translation>
    </message>
    <message>
        <source>{kind} report: due on day {day} of each month</source>
        <translation>Báo cáo {kind}: hạn ngày {day} hằng tháng</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>No plan received yet.

Plans and their tasks come from the province in a task package: open the package on the page «%1», tab «%2», or bring it on the USB stick (tab «%3»).</source>
        <translation>Chưa nhận kế hoạch nào.

Kế hoạch và nhiệm vụ do tỉnh gửi trong gói nhiệm vụ: hãy mở gói ở trang «%1», thẻ «%2», hoặc nhận gói qua USB (thẻ «%3»).</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Văn bản số %1 ngày %2</translation>
    </message>
    <message>
        <source>programme %1–%2 (its mid-term and final reviews: Reports, New report…)</source>
        <translation>chương trình giai đoạn %1–%2 (sơ kết, tổng kết: trang Báo cáo, Lập báo cáo…)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>hoàn thành %1/%2 nhiệm vụ</translation>
    </message>
    <message>
        <source>Report schedule: %1</source>
        <translation>Lịch báo cáo: %1</translation>
    </message>
    <message>
        <source>This plan sets no report schedule.</source>
        <translation>Kế hoạch này không quy định lịch báo cáo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The status or progress note of this task was changed. Save the changes?</source>
        <translation>Trạng thái hoặc ghi chú tiến độ của nhiệm vụ này đã thay đổi. Lưu thay đổi?</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <source>The report template is not in the right format: its content must be a JSON object.</source>
        <translation>Mẫu báo cáo không đúng định dạng: nội dung phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The report template «{code}» cannot be used: {problems}. Correct the template (or ask the office above to send a correct one) and try again.</source>
        <translation>Mẫu báo cáo «{code}» không dùng được: {problems}. Hãy sửa mẫu (hoặc xin cấp trên gửi lại mẫu đúng) rồi thử lại.</translation>
    </message>
    <message>
        <source>the sections</source>
        <translation>các phần</translation>
    </message>
    <message>
        <source>{place}: the indicator «{code}» is not in any group of any section.</source>
        <translation>{place}: chỉ tiêu «{code}» chưa được xếp vào nhóm nào của phần nào.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>mẫu báo cáo</translation>
    </message>
    <message>
        <source>indicator {n}</source>
        <translation>chỉ tiêu thứ {n}</translation>
    </message>
    <message>
        <source>section {n}</source>
        <translation>phần thứ {n}</translation>
    </message>
    <message>
        <source>group {n}</source>
        <translation>nhóm thứ {n}</translation>
    </message>
    <message>
        <source>filter {n}</source>
        <translation>điều kiện lọc thứ {n}</translation>
    </message>
    <message>
        <source>condition {n} of «any»</source>
        <translation>điều kiện thứ {n} trong «any»</translation>
    </message>
    <message>
        <source>report deadline {n}</source>
        <translation>lịch báo cáo thứ {n}</translation>
    </message>
    <message>
        <source>period kind {n}</source>
        <translation>loại kỳ thứ {n}</translation>
    </message>
    <message>
        <source>calculation</source>
        <translation>cách tính</translation>
    </message>
    <message>
        <source>date limit</source>
        <translation>giới hạn ngày</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{place}: the placeholder «{name}» does not exist (allowed: {allowed}).</source>
        <translation>{place}: chỗ thay thế «{name}» không có (được dùng: {allowed}).</translation>
    </message>
    <message>
        <source>{place}: the braces {{ }} do not pair up.</source>
        <translation>{place}: dấu ngoặc nhọn {{ }} không khớp nhau.</translation>
    </message>
    <message>
        <source>{place}: the field «{value}» does not exist on the record kind «{kind}» (it has: {allowed}).</source>
        <translation>{place}: trường «{value}» không có ở loại bản ghi «{kind}» (có: {allowed}).</translation>
    </message>
    <message>
        <source>{place}: the value of «{field}» must be true or false.</source>
        <translation>{place}: giá trị của «{field}» phải là true hoặc false.</translation>
    </message>
    <message>
        <source>{place}: the value of «{field}» must be a commune or ward code (a number).</source>
        <translation>{place}: giá trị của «{field}» phải là mã xã, phường (số).</translation>
    </message>
    <message>
        <source>{place}: the value of «{field}» must be a code (text).</source>
        <translation>{place}: giá trị của «{field}» phải là một mã (chuỗi).</translation>
    </message>
    <message>
        <source>{place}: the code «{value}» is not in the list of the field «{field}».</source>
        <translation>{place}: mã «{value}» không có trong danh mục của trường «{field}».</translation>
    </message>
    <message>
        <source>{place}: the value of «{field}» must be a whole number.</source>
        <translation>{place}: giá trị của «{field}» phải là số nguyên.</translation>
    </message>
    <message>
        <source>{place}: the value of «{field}» must be a date YYYY-MM-DD.</source>
        <translation>{place}: giá trị của «{field}» phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{place}: the field «{field}» is only for counting distinct records (count_distinct), not for filtering.</source>
        <translation>{place}: trường «{field}» chỉ dùng để đếm không trùng (count_distinct), không lọc được.</translation>
    </message>
    <message>
        <source>{place}: needs exactly one comparison (use «field» and one of: {allowed}; or «any»).</source>
        <translation>{place}: cần đúng một phép so sánh (dùng «field» và một trong: {allowed}; hoặc «any»).</translation>
    </message>
    <message>
        <source>{place}: «present» takes true (has a value) or false (is empty).</source>
        <translation>{place}: «present» nhận true (có giá trị) hoặc false (để trống).</translation>
    </message>
    <message>
        <source>{place}: «in» needs a list of values that is not empty.</source>
        <translation>{place}: «in» cần một danh sách giá trị không rỗng.</translation>
    </message>
    <message>
        <source>{place}: «between» is only used for numbers and dates, not for «{field}».</source>
        <translation>{place}: «between» chỉ dùng cho số và ngày, không dùng cho «{field}».</translation>
    </message>
    <message>
        <source>{place}: «between» needs [from, to] (one end may be null), both ends included.</source>
        <translation>{place}: «between» cần [từ, đến] (có thể để null một đầu), bao gồm cả hai đầu.</translation>
    </message>
    <message>
        <source>{place}: «count» counts records and needs no «field».</source>
        <translation>{place}: phép «count» đếm bản ghi, không cần «field».</translation>
    </message>
    <message>
        <source>{place}: the field «{value}» cannot be added up (it is not a number).</source>
        <translation>{place}: không cộng được trường «{value}» (không phải số).</translation>
    </message>
    <message>
        <source>{place}: the date field «{value}» does not exist on the record kind «{kind}» (it has: {allowed}).</source>
        <translation>{place}: trường ngày «{value}» không có ở loại bản ghi «{kind}» (có: {allowed}).</translation>
    </message>
    <message>
        <source>{place}: the field «{value}» does not exist on the record kind «{kind}».</source>
        <translation>{place}: trường «{value}» không có ở loại bản ghi «{kind}».</translation>
    </message>
    <message>
        <source>{place}: cannot break down by the field «{value}» (only by a list: country, type, status…).</source>
        <translation>{place}: không chia theo trường «{value}» được (chỉ chia theo danh mục: quốc gia, loại, tình trạng…).</translation>
    </message>
    <message>
        <source>{place}: the indicator code «{value}» may only have lower-case letters without diacritics, digits and _.</source>
        <translation>{place}: mã chỉ tiêu «{value}» chỉ gồm chữ thường không dấu, số và _.</translation>
    </message>
    <message>
        <source>{place}: the indicator code «{value}» is used twice.</source>
        <translation>{place}: mã chỉ tiêu «{value}» bị trùng.</translation>
    </message>
    <message>
        <source>{place}: the indicator «{value}» needs exactly one of the two: «compute» (calculated from the records) or «manual»: true (entered by hand).</source>
        <translation>{place}: chỉ tiêu «{value}» cần đúng một trong hai: «compute» (tính từ dữ liệu) hoặc «manual»: true (nhập tay).</translation>
    </message>
    <message>
        <source>{place}: the indicator «{value}» is not declared in «indicators».</source>
        <translation>{place}: chỉ tiêu «{value}» chưa được khai báo trong «indicators».</translation>
    </message>
    <message>
        <source>{place}: the indicator «{value}» is already in another group.</source>
        <translation>{place}: chỉ tiêu «{value}» đã nằm trong nhóm khác.</translation>
    </message>
    <message>
        <source>{place}: the section code «{value}» may only have lower-case letters without diacritics, digits and _.</source>
        <translation>{place}: mã phần «{value}» chỉ gồm chữ thường không dấu, số và _.</translation>
    </message>
    <message>
        <source>{place}: the section code «{value}» is used twice.</source>
        <translation>{place}: mã phần «{value}» bị trùng.</translation>
    </message>
    <message>
        <source>{place}: format version «{value}» is not supported (only {supported}); update the software.</source>
        <translation>{place}: phiên bản định dạng «{value}» không được hỗ trợ (chỉ có {supported}); hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>{place}: the template code «{value}» may only have lower-case letters without diacritics, digits, dots, hyphens and _.</source>
        <translation>{place}: mã mẫu «{value}» chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang và _.</translation>
    </message>
    <message>
        <source>{place}: the period kind «{value}» is not among the template&apos;s «periods».</source>
        <translation>{place}: kỳ «{value}» không nằm trong «periods» của mẫu.</translation>
    </message>
</context>
<context>
    <name>TextEncodingPanel</name>
    <message>
        <source>These cells read as Vietnamese in more than one old font encoding. Check the proposed text and choose another reading where it is wrong.</source>
        <translation>Các ô này đọc được thành tiếng Việt theo nhiều bảng mã cũ. Hãy kiểm tra chữ đề xuất và chọn cách đọc khác nếu chưa đúng.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Text in the file</source>
        <translation>Chữ trong tệp</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Use this reading for the whole column</source>
        <translation>Dùng cách đọc này cho cả cột</translation>
    </message>
</context>
<context>
    <name>TrainingCourseForm</name>
    <message>
        <source>Name of the course</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề, nội dung</translation>
    </message>
    <message>
        <source>For example: people&apos;s diplomacy skills, protocol, border outreach.</source>
        <translation>Ví dụ: kỹ năng đối ngoại nhân dân, lễ tân, tuyên truyền biên giới.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Participants (who)</source>
        <translation>Đối tượng tham gia</translation>
    </message>
    <message>
        <source>For example: commune Front officers, heads of border villages.</source>
        <translation>Ví dụ: cán bộ Mặt trận cấp xã, trưởng thôn biên giới.</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Số học viên</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Parent office</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Lower office</source>
        <translation>Cấp dưới</translation>
    </message>
    <message>
        <source>Peer office</source>
        <translation>Ngang cấp</translation>
    </message>
    <message>
        <source>parent office</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <source>lower office</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <source>peer office</source>
        <translation>ngang cấp</translation>
    </message>
    <message>
        <source>{office} — key {key_id} replaced by a new card</source>
        <translation>{office} — khóa {key_id} được thay bằng thẻ mới</translation>
    </message>
    <message>
        <source>{office} — {relation} — key {key_id}, fingerprint {fingerprint}</source>
        <translation>{office} — {relation} — khóa {key_id}, dấu vân tay {fingerprint}</translation>
    </message>
    <message>
        <source>{office} — key {key_id}</source>
        <translation>{office} — khóa {key_id}</translation>
    </message>
    <message>
        <source>{office} — key {key_id} — revoked by the parent office «{parent}»</source>
        <translation>{office} — khóa {key_id} — bị cấp trên «{parent}» thu hồi</translation>
    </message>
    <message>
        <source>{office} — key {old_key} replaced by key {key_id}, fingerprint {fingerprint}</source>
        <translation>{office} — khóa {old_key} được thay bằng khóa {key_id}, dấu vân tay {fingerprint}</translation>
    </message>
    <message>
        <source>The key passphrase was changed.</source>
        <translation>Đã đổi mật khẩu của khóa.</translation>
    </message>
    <message>
        <source>The office&apos;s keys were changed: key {old_key} replaced by key {key_id}, fingerprint {fingerprint}; {count} packages to send.</source>
        <translation>Đã đổi khóa của đơn vị: khóa {old_key} được thay bằng khóa {key_id}, dấu vân tay {fingerprint}; cần gửi {count} gói.</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <source>Trust an office</source>
        <translation>Tin cậy một đơn vị</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>This office is:</source>
        <translation>Đơn vị này là:</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Dấu vân tay trên thẻ:</translation>
    </message>
    <message>
        <source>Call this office by phone (a number you know, not one from the e-mail). Ask them to read the fingerprint shown on their “Trust” tab, and type the 30 digits they read. Trust the card only if every group is the same.</source>
        <translation>Hãy gọi điện cho đơn vị này (theo số bạn đã biết, không dùng số trong thư). Đề nghị họ đọc dấu vân tay ở thẻ «Tin cậy» trên máy của họ, và gõ 30 chữ số họ đọc. Chỉ tin cậy thẻ khi mọi nhóm số đều giống nhau.</translation>
    </message>
    <message>
        <source>Trust this office</source>
        <translation>Tin cậy đơn vị này</translation>
    </message>
    <message>
        <source>Trust a revoked key again</source>
        <translation>Tin cậy lại khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Trust this key again only if you called the office and it confirmed the key is safe. This is recorded in the audit log.</source>
        <translation>Chỉ tin cậy lại khóa này khi đã gọi điện cho đơn vị đó và được xác nhận khóa vẫn an toàn. Việc này được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Trust the revoked key again</source>
        <translation>Tin cậy lại khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Không tin cậy</translation>
    </message>
</context>
<context>
    <name>TrustErrors</name>
    <message>
        <source>The identity card file is not valid or is damaged. Ask the other office to export its identity card again («Identity card» → «Export card») and send it again.</source>
        <translation>Tệp thẻ định danh không hợp lệ hoặc đã bị hỏng. Hãy đề nghị đơn vị kia xuất lại thẻ định danh («Thẻ định danh» → «Xuất thẻ») và gửi lại.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the identity card. Do NOT trust this card: it may have been changed on the way. Call the other office, read the groups of digits again one by one and receive the identity card again.</source>
        <translation>Dấu vân tay không khớp với thẻ định danh. KHÔNG tin cậy thẻ này: có thể thẻ bị đổi trên đường gửi. Hãy gọi điện cho đơn vị kia, đọc lại từng nhóm số và nhận lại thẻ định danh.</translation>
    </message>
    <message>
        <source>The identity card was made by a newer version of the app than the one on this computer. Update the app on this computer to the newest version and open the card again.</source>
        <translation>Thẻ định danh được tạo bằng phiên bản phần mềm mới hơn phiên bản trên máy này. Hãy cập nhật phần mềm trên máy này lên phiên bản mới nhất rồi mở lại thẻ.</translation>
    </message>
    <message>
        <source>The identity card file «{path}» was not found. Check the path.</source>
        <translation>Không tìm thấy tệp thẻ định danh «{path}». Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>The relation to the office must be parent, lower or peer.</source>
        <translation>Quan hệ với đơn vị phải là cấp trên, cấp dưới hoặc ngang cấp.</translation>
    </message>
    <message>
        <source>This is your own office&apos;s identity card. Choose the card of another office.</source>
        <translation>Đây là thẻ định danh của chính đơn vị bạn. Hãy chọn thẻ của đơn vị khác.</translation>
    </message>
    <message>
        <source>The office «{office}» is recorded as {relation}; it cannot be trusted again as {new_relation}. Check the identity card.</source>
        <translation>Đơn vị «{office}» đã được ghi nhận là {relation}, không thể tin cậy lại với quan hệ {new_relation}. Hãy kiểm tra lại thẻ định danh.</translation>
    </message>
    <message>
        <source>This office already has a parent office, «{office}». An office has only one parent; revoke trust in the old parent first if it really changed.</source>
        <translation>Đơn vị đã có cấp trên là «{office}». Một đơn vị chỉ có một cấp trên; hãy thu hồi tin cậy cấp trên cũ trước nếu thật sự thay đổi.</translation>
    </message>
    <message>
        <source>This identity card has an encryption key other than the one trusted before for the same signing key. Contact the other office to check.</source>
        <translation>Thẻ định danh này có khóa mã hóa khác với khóa đã tin cậy trước đây cho cùng khóa ký. Hãy liên hệ đơn vị kia để kiểm tra.</translation>
    </message>
    <message>
        <source>The key of «{office}» on this card was revoked on {date}. It is not trusted again by receiving a card: if the office really got its laptop back and the key is safe, use «Trust a revoked key again» (command «dnnd trust --restore-revoked») after calling the office.</source>
        <translation>Khóa của «{office}» trên thẻ này đã bị thu hồi ngày {date}. Khóa đã thu hồi không được tin cậy lại chỉ vì nhận được thẻ: nếu đơn vị đó thật sự đã lấy lại máy và khóa vẫn an toàn, hãy dùng «Tin cậy lại khóa đã thu hồi» (lệnh «dnnd trust --restore-revoked») sau khi đã gọi điện cho đơn vị đó.</translation>
    </message>
    <message>
        <source>There is no office or key «{key}» in the trust list. See the list on the Trust page.</source>
        <translation>Không có đơn vị hoặc khóa «{key}» trong danh sách tin cậy. Hãy xem danh sách trên trang Tin cậy.</translation>
    </message>
    <message>
        <source>The office «{office_id}» is not in the trust list (or its key was revoked). Receive that office&apos;s identity card and trust it after comparing the fingerprint.</source>
        <translation>Đơn vị «{office_id}» chưa có trong danh sách tin cậy (hoặc khóa đã bị thu hồi). Hãy nhận thẻ định danh của đơn vị đó và tin cậy sau khi đối chiếu dấu vân tay.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Identity card of this office</source>
        <translation>Thẻ định danh của đơn vị</translation>
    </message>
    <message>
        <source>Send the card file to the other office, then read them this fingerprint by phone:</source>
        <translation>Gửi tệp thẻ cho đơn vị kia, rồi gọi điện đọc cho họ dấu vân tay này:</translation>
    </message>
    <message>
        <source>Save the identity card…</source>
        <translation>Lưu thẻ định danh…</translation>
    </message>
    <message>
        <source>Save this office&apos;s card (no secret in it) to send by e-mail or USB</source>
        <translation>Lưu thẻ của đơn vị (không chứa bí mật) để gửi qua thư điện tử hoặc USB</translation>
    </message>
    <message>
        <source>Change the key passphrase…</source>
        <translation>Đổi mật khẩu của khóa…</translation>
    </message>
    <message>
        <source>Change the office&apos;s keys…</source>
        <translation>Đổi khóa của đơn vị…</translation>
    </message>
    <message>
        <source>After a laptop was lost or the passphrase leaked: new keys, announced to every trusted office in packages signed with the old key</source>
        <translation>Khi mất máy hoặc lộ mật khẩu: tạo khóa mới và báo cho mọi đơn vị tin cậy bằng các gói ký bằng khóa cũ</translation>
    </message>
    <message>
        <source>Add a trusted office from its card…</source>
        <translation>Thêm đơn vị tin cậy từ thẻ định danh…</translation>
    </message>
    <message>
        <source>Revoke trust…</source>
        <translation>Thu hồi tin cậy…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Đang tin cậy</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Đã thu hồi lúc %1</translation>
    </message>
    <message>
        <source>Save the identity card</source>
        <translation>Lưu thẻ định danh</translation>
    </message>
    <message>
        <source>Identity cards (*%1)</source>
        <translation>Thẻ định danh (*%1)</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Thẻ định danh</translation>
    </message>
    <message>
        <source>The identity card was saved to:
%1

Send it to the other office, then call them and read the fingerprint.</source>
        <translation>Đã lưu thẻ định danh vào:
%1

Hãy gửi thẻ cho đơn vị kia, rồi gọi điện đọc dấu vân tay cho họ.</translation>
    </message>
    <message>
        <source>Change the office&apos;s keys</source>
        <translation>Đổi khóa của đơn vị</translation>
    </message>
    <message>
        <source>New keys replace the office&apos;s keys. Every trusted office gets a package, signed with the old key, that makes it trust the new key instead; send each package to its office. Packages on their way to this office that were made for the old key can no longer be opened: ask for them again.</source>
        <translation>Khóa mới sẽ thay khóa hiện tại của đơn vị. Mỗi đơn vị tin cậy sẽ có một gói, ký bằng khóa cũ, để chuyển sang tin cậy khóa mới; hãy gửi từng gói đến đúng đơn vị. Các gói đang gửi đến đơn vị này được lập cho khóa cũ sẽ không mở được nữa: hãy đề nghị gửi lại.</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Tạo khóa mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The new keys are protected by the same passphrase.</source>
        <translation>Khóa mới được bảo vệ bằng chính mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Folder for the packages announcing the new keys</source>
        <translation>Thư mục chứa các gói thông báo khóa mới</translation>
    </message>
    <message>
        <source>Making new keys</source>
        <translation>Đang tạo khóa mới</translation>
    </message>
    <message>
        <source>The office has new keys. Send each of these %1 packages to its office:
%2</source>
        <translation>Đơn vị đã có khóa mới. Hãy gửi từng gói trong %1 gói sau đến đúng đơn vị:
%2</translation>
    </message>
    <message>
        <source>Open an office&apos;s identity card</source>
        <translation>Mở thẻ định danh của đơn vị</translation>
    </message>
    <message>
        <source>Identity cards (*%1);;All files (*)</source>
        <translation>Thẻ định danh (*%1);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Thu hồi tin cậy</translation>
    </message>
    <message>
        <source>Stop trusting “%1”?

Packages signed with this key will be refused, and no package can be sent to it any more. To trust it again you will need its identity card and a new phone check.</source>
        <translation>Thôi tin cậy «%1»?

Gói ký bằng khóa này sẽ bị từ chối và không gửi được gói nào cho đơn vị này nữa. Muốn tin cậy lại, cần thẻ định danh của đơn vị và gọi điện đối chiếu lại dấu vân tay.</translation>
    </message>
</context>
<context>
    <name>TwinningForm</name>
    <message>
        <source>Form of twinning</source>
        <translation>Hình thức kết nghĩa</translation>
    </message>
    <message>
        <source>Vietnamese side (village, commune, border post)</source>
        <translation>Bên Việt Nam (thôn, bản, xã, đồn)</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Twinned side across the border</source>
        <translation>Bên kết nghĩa nước bạn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Locality across the border</source>
        <translation>Địa phương nước bạn</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Ngày ký kết</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Số văn bản thỏa thuận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TwinningPage</name>
    <message>
        <source>Twinning pairs</source>
        <translation>Cặp kết nghĩa</translation>
    </message>
    <message>
        <source>No activity with this pair for more than 12 months (last: %1). Plan a visit or an exchange.</source>
        <translation>Đã quá 12 tháng chưa có hoạt động với cặp kết nghĩa này (lần gần nhất: %1). Hãy lên kế hoạch thăm hỏi, giao lưu.</translation>
    </message>
    <message>
        <source>No activity has been recorded with this pair yet. Link the pair&apos;s activities on the activity form (tab “Links”).</source>
        <translation>Chưa ghi nhận hoạt động nào với cặp kết nghĩa này. Hãy liên kết hoạt động với cặp ở biểu mẫu hoạt động (thẻ «Liên kết»).</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Lâu chưa hoạt động</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Your unit</source>
        <translation>Địa bàn của đơn vị</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Type to search, e.g. Lao Cai</source>
        <translation>Gõ để tìm, ví dụ: Lào Cai</translation>
    </message>
    <message>
        <source>Type to search, e.g. Bat Xat</source>
        <translation>Gõ để tìm, ví dụ: Bát Xát</translation>
    </message>
    <message>
        <source>e.g. Bat Xat district</source>
        <translation>Ví dụ: huyện Bát Xát</translation>
    </message>
    <message>
        <source>Choose your province, then your commune, ward or special zone.</source>
        <translation>Chọn tỉnh, thành phố rồi chọn xã, phường, đặc khu của đơn vị.</translation>
    </message>
    <message>
        <source>Choose your province, then type the name of your former district.</source>
        <translation>Chọn tỉnh, thành phố rồi nhập tên huyện trước đây của đơn vị.</translation>
    </message>
    <message>
        <source>Choose your province or centrally-run city.</source>
        <translation>Chọn tỉnh, thành phố trực thuộc Trung ương.</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Huyện:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <source>Districts are no longer in the official list of units, so type the name as it was, for example &quot;Bat Xat district&quot;.</source>
        <translation>Danh mục đơn vị hành chính hiện hành không còn cấp huyện, vì vậy hãy nhập tên như trước đây, ví dụ «huyện Bát Xát».</translation>
    </message>
    <message>
        <source>(choose a province first)</source>
        <translation>(hãy chọn tỉnh, thành phố trước)</translation>
    </message>
    <message>
        <source>Choose a province or city from the list.</source>
        <translation>Hãy chọn tỉnh, thành phố trong danh sách.</translation>
    </message>
    <message>
        <source>Choose your commune, ward or special zone from the list.</source>
        <translation>Hãy chọn xã, phường, đặc khu trong danh sách.</translation>
    </message>
    <message>
        <source>Type the name of your district.</source>
        <translation>Hãy nhập tên huyện.</translation>
    </message>
</context>
<context>
    <name>UnknownValuesPanel</name>
    <message>
        <source>These values are not in the column&apos;s list. Choose a term of the list for each, add it to the office&apos;s list, or keep it as written.</source>
        <translation>Các giá trị này chưa có trong danh mục của cột. Với mỗi giá trị, hãy chọn một mục của danh mục, thêm vào danh mục của cơ quan, hoặc giữ nguyên như đã ghi.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Số ô</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <source>Keep as written</source>
        <translation>Giữ nguyên như đã ghi</translation>
    </message>
    <message>
        <source>Add to the office&apos;s list</source>
        <translation>Thêm vào danh mục của cơ quan</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the office&apos;s data</source>
        <translation>Mở dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>From this version on, the office&apos;s data and its backups are encrypted on the disk, so that nobody can read them without the office&apos;s key passphrase. Type the key passphrase (the one that protects the office&apos;s keys) to encrypt them now. A backup is made first; this takes a moment.</source>
        <translation>Từ phiên bản này, dữ liệu của đơn vị và các bản sao lưu được mã hóa trên ổ đĩa, để không ai đọc được nếu không có mật khẩu khóa của đơn vị. Hãy nhập mật khẩu khóa (mật khẩu bảo vệ khóa của đơn vị) để mã hóa ngay bây giờ. Phần mềm sao lưu trước; việc này mất một lúc.</translation>
    </message>
    <message>
        <source>The office&apos;s data are encrypted. Type the office&apos;s key passphrase to open them.</source>
        <translation>Dữ liệu của đơn vị đã được mã hóa. Hãy nhập mật khẩu khóa của đơn vị để mở.</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Mật khẩu khóa:</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Hiện mật khẩu</translation>
    </message>
    <message>
        <source>I lost the passphrase…</source>
        <translation>Tôi quên mật khẩu khóa…</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the data were first encrypted (kept in the office&apos;s safe), then choose a new key passphrase.</source>
        <translation>Hãy nhập mã khôi phục đã in khi dữ liệu được mã hóa lần đầu (cất trong tủ an toàn của cơ quan), rồi đặt mật khẩu khóa mới.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Mã khôi phục:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Mật khẩu khóa mới:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Quay lại nhập mật khẩu khóa</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Hãy nhập mật khẩu khóa.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Mind capital letters and the Vietnamese keyboard.</source>
        <translation>Mật khẩu khóa không đúng. Hãy chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Encrypting the office&apos;s data…</source>
        <translation>Đang mã hóa dữ liệu của đơn vị…</translation>
    </message>
</context>
<context>
    <name>UsbSync</name>
    <message>
        <source>USB sync at «{folder}»:</source>
        <translation>Đồng bộ qua USB tại «{folder}»:</translation>
    </message>
    <message>
        <source>- Received from {sender}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, refused {rejected}.</source>
        <translation>- Đã nhận từ {sender}: mới {new}, cập nhật {updated}, không đổi {unchanged}, xung đột {conflicts}, từ chối {rejected}.</translation>
    </message>
    <message>
        <source>- File {file} NOT imported: {message}</source>
        <translation>- KHÔNG nhập tệp {file}: {message}</translation>
    </message>
    <message>
        <source>- Package {kind} written for {office}.</source>
        <translation>- Đã ghi gói {kind} cho {office}.</translation>
    </message>
    <message>
        <source>- Nothing to receive or send.</source>
        <translation>- Không có gì để nhận hoặc gửi.</translation>
    </message>
    <message>
        <source>Packages of other offices left on the USB stick: {count}.</source>
        <translation>Gói của đơn vị khác để lại trên USB: {count}.</translation>
    </message>
    <message>
        <source>The folder «{folder}» was not found. Plug in the USB stick and choose the right drive or folder.</source>
        <translation>Không tìm thấy thư mục «{folder}». Hãy cắm USB và chọn đúng ổ hoặc thư mục.</translation>
    </message>
    <message>
        <source>This file could not be read because of a fault in the program (code {code}). The other files were handled; the file was left on the USB stick.</source>
        <translation>Không đọc được tệp này do lỗi của chương trình (mã {code}). Các tệp khác vẫn được xử lý; tệp này được để lại trên USB.</translation>
    </message>
    <message>
        <source>Importing package {number}/{total}…</source>
        <translation>Đang nhập gói {number}/{total}…</translation>
    </message>
    <message>
        <source>USB sync finished.</source>
        <translation>Hoàn tất đồng bộ qua USB.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <source>Plug in the USB stick and choose it (or a folder on it). The program takes the packages left for this office, imports them, and leaves on the stick the packages for the office above and the trusted offices. Several offices can share one stick; only sealed packages are written, never the database.</source>
        <translation>Cắm USB rồi chọn ổ USB (hoặc một thư mục trên đó). Phần mềm lấy các gói để lại cho đơn vị, nhập chúng, và ghi lên USB các gói cho cấp trên và các đơn vị tin cậy. Nhiều đơn vị có thể dùng chung một USB; chỉ ghi các gói đã niêm phong, không bao giờ chép cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>USB stick or folder:</source>
        <translation>Ổ USB hoặc thư mục:</translation>
    </message>
    <message>
        <source>for example E:\</source>
        <translation>ví dụ E:\</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Will be written for</source>
        <translation>Sẽ ghi gói cho</translation>
    </message>
    <message>
        <source>Will be received</source>
        <translation>Sẽ nhận</translation>
    </message>
    <message>
        <source>Synchronise with the USB stick</source>
        <translation>Đồng bộ với USB</translation>
    </message>
    <message>
        <source>The result of the synchronisation appears here.</source>
        <translation>Kết quả đồng bộ hiện ở đây.</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn ổ USB hoặc thư mục</translation>
    </message>
    <message>
        <source>Nothing (no trusted office yet).</source>
        <translation>Không có (chưa có đơn vị tin cậy).</translation>
    </message>
    <message>
        <source>Choose the USB stick first.</source>
        <translation>Hãy chọn ổ USB trước.</translation>
    </message>
    <message>
        <source>This folder does not exist. Plug in the USB stick and choose it again.</source>
        <translation>Thư mục này không tồn tại. Hãy cắm USB và chọn lại.</translation>
    </message>
    <message>
        <source>%1 package(s) on the stick are addressed to this office.</source>
        <translation>Trên USB có %1 gói gửi cho đơn vị.</translation>
    </message>
    <message>
        <source>No package on the stick for this office.</source>
        <translation>Trên USB không có gói nào cho đơn vị.</translation>
    </message>
    <message>
        <source>Packages are opened and signed with the office&apos;s key.</source>
        <translation>Các gói được mở và ký bằng khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Synchronising with the USB stick</source>
        <translation>Đang đồng bộ với USB</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <source>The data could not be read. Close the program and open it again.</source>
        <translation>Không đọc được dữ liệu. Hãy đóng chương trình rồi mở lại.</translation>
    </message>
    <message>
        <source>This user was not found.</source>
        <translation>Không tìm thấy người dùng này.</translation>
    </message>
    <message>
        <source>The password is wrong. Enter it again.</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Only a person with the Administrator role may manage users.</source>
        <translation>Chỉ người có vai trò Quản trị mới được quản lý người dùng.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <source>Choose at least one role: Officer, Approver or Administrator.</source>
        <translation>Hãy chọn ít nhất một vai trò: Cán bộ, Lãnh đạo hoặc Quản trị.</translation>
    </message>
    <message>
        <source>The password needs at least 4 characters (or leave it empty).</source>
        <translation>Mật khẩu cần ít nhất 4 ký tự (hoặc để trống).</translation>
    </message>
    <message>
        <source>There is already a user named «{name}». Choose another name.</source>
        <translation>Đã có người dùng tên «{name}». Hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>First user</source>
        <translation>Người dùng đầu tiên</translation>
    </message>
    <message>
        <source>The person setting up the software. This user holds every role.</source>
        <translation>Người đang thiết lập phần mềm. Người dùng này có đủ mọi vai trò.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Password (optional):</source>
        <translation>Mật khẩu (không bắt buộc):</translation>
    </message>
    <message>
        <source>Leave empty if only you use this computer. At least 4 characters otherwise.</source>
        <translation>Để trống nếu chỉ mình đồng chí dùng máy này; nếu đặt thì cần ít nhất 4 ký tự.</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Type the name of the first user.</source>
        <translation>Hãy nhập họ tên người dùng đầu tiên.</translation>
    </message>
    <message>
        <source>The password needs at least 4 characters, or leave it empty.</source>
        <translation>Mật khẩu cần có ít nhất 4 ký tự, hoặc để trống.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Đã khen thưởng</translation>
    </message>
    <message>
        <source>Border exchange</source>
        <translation>Giao lưu biên giới</translation>
    </message>
    <message>
        <source>Receiving a delegation</source>
        <translation>Đón đoàn vào</translation>
    </message>
    <message>
        <source>Delegation abroad</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Talks, meetings, working sessions</source>
        <translation>Hội đàm, gặp gỡ, làm việc</translation>
    </message>
    <message>
        <source>Cultural, arts and sports exchange</source>
        <translation>Giao lưu văn hóa, văn nghệ, thể thao</translation>
    </message>
    <message>
        <source>Visits, gifts and support</source>
        <translation>Thăm hỏi, tặng quà, hỗ trợ</translation>
    </message>
    <message>
        <source>Conferences, workshops, seminars</source>
        <translation>Hội nghị, hội thảo, tọa đàm</translation>
    </message>
    <message>
        <source>Information and outreach</source>
        <translation>Tuyên truyền</translation>
    </message>
    <message>
        <source>Meeting overseas Vietnamese and their relatives</source>
        <translation>Gặp mặt kiều bào, thân nhân kiều bào</translation>
    </message>
    <message>
        <source>Mobilising aid and sponsorship</source>
        <translation>Vận động viện trợ, tài trợ</translation>
    </message>
    <message>
        <source>Vietnam Fatherland Front Committee</source>
        <translation>Ủy ban MTTQ Việt Nam</translation>
    </message>
    <message>
        <source>Union of Friendship Organisations</source>
        <translation>Liên hiệp các tổ chức hữu nghị</translation>
    </message>
    <message>
        <source>Labour Federation</source>
        <translation>Liên đoàn Lao động</translation>
    </message>
    <message>
        <source>Farmers&apos; Union</source>
        <translation>Hội Nông dân</translation>
    </message>
    <message>
        <source>Ho Chi Minh Communist Youth Union</source>
        <translation>Đoàn Thanh niên Cộng sản Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Women&apos;s Union</source>
        <translation>Hội Liên hiệp Phụ nữ</translation>
    </message>
    <message>
        <source>Veterans&apos; Association</source>
        <translation>Hội Cựu chiến binh</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Bộ đội Biên phòng</translation>
    </message>
    <message>
        <source>Department of Foreign Affairs</source>
        <translation>Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cháu</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Anh, chị, em</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cha, mẹ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Vợ, chồng</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>Con dâu, con rể</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Họ hàng</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Ông, bà</translation>
    </message>
    <message>
        <source>Uncle or aunt</source>
        <translation>Cô, chú, bác, dì, cậu</translation>
    </message>
    <message>
        <source>Nephew or niece</source>
        <translation>Cháu (gọi bằng cô, chú, bác)</translation>
    </message>
    <message>
        <source>Brother- or sister-in-law</source>
        <translation>Anh rể, chị dâu, em rể, em dâu</translation>
    </message>
    <message>
        <source>Settled permanently</source>
        <translation>Định cư lâu dài</translation>
    </message>
    <message>
        <source>Citizen of the host country</source>
        <translation>Đã nhập quốc tịch nước sở tại</translation>
    </message>
    <message>
        <source>Fixed-term worker</source>
        <translation>Lao động có thời hạn</translation>
    </message>
    <message>
        <source>Studying abroad</source>
        <translation>Du học</translation>
    </message>
    <message>
        <source>Married to a foreigner</source>
        <translation>Kết hôn với người nước ngoài</translation>
    </message>
    <message>
        <source>Temporary resident</source>
        <translation>Cư trú tạm thời</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation>Cư trú không hợp pháp</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Đã về nước</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Đoàn tụ gia đình</translation>
    </message>
    <message>
        <source>Doing business</source>
        <translation>Kinh doanh</translation>
    </message>
    <message>
        <source>Visiting relatives, travelling</source>
        <translation>Thăm thân, du lịch</translation>
    </message>
    <message>
        <source>Technical intern trainee</source>
        <translation>Thực tập sinh kỹ năng, tu nghiệp sinh</translation>
    </message>
    <message>
        <source>Businessperson</source>
        <translation>Doanh nhân</translation>
    </message>
    <message>
        <source>Intellectual, expert</source>
        <translation>Trí thức, chuyên gia</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Lao động</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nghỉ hưu</translation>
    </message>
    <message>
        <source>Fund for the Poor</source>
        <translation>Quỹ Vì người nghèo</translation>
    </message>
    <message>
        <source>Social welfare</source>
        <translation>An sinh xã hội</translation>
    </message>
    <message>
        <source>Great Solidarity houses</source>
        <translation>Xây nhà Đại đoàn kết</translation>
    </message>
    <message>
        <source>Disaster and epidemic relief</source>
        <translation>Khắc phục thiên tai, dịch bệnh</translation>
    </message>
    <message>
        <source>Education support, scholarships</source>
        <translation>Khuyến học, học bổng</translation>
    </message>
    <message>
        <source>Investment and business</source>
        <translation>Đầu tư, kinh doanh</translation>
    </message>
    <message>
        <source>For the homeland&apos;s seas and islands</source>
        <translation>Vì biển đảo quê hương</translation>
    </message>
    <message>
        <source>Foreign non-governmental organisation</source>
        <translation>Tổ chức phi chính phủ nước ngoài</translation>
    </message>
    <message>
        <source>Foreign-invested business</source>
        <translation>Doanh nghiệp có vốn đầu tư nước ngoài</translation>
    </message>
    <message>
        <source>Overseas Vietnamese business</source>
        <translation>Doanh nghiệp kiều bào</translation>
    </message>
    <message>
        <source>Friendship association</source>
        <translation>Hội hữu nghị</translation>
    </message>
    <message>
        <source>Partner organisation across the border</source>
        <translation>Tổ chức đối tác bên kia biên giới</translation>
    </message>
    <message>
        <source>Front organisation of the neighbouring country</source>
        <translation>Tổ chức Mặt trận nước bạn</translation>
    </message>
    <message>
        <source>Commune – commune</source>
        <translation>Xã - xã</translation>
    </message>
    <message>
        <source>Village – village</source>
        <translation>Bản - bản (thôn - bản)</translation>
    </message>
    <message>
        <source>Residential cluster</source>
        <translation>Cụm dân cư</translation>
    </message>
    <message>
        <source>Border post – village</source>
        <translation>Đồn biên phòng - bản</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Certificate of merit of the Front&apos;s Central Committee</source>
        <translation>Bằng khen Ủy ban Trung ương MTTQ Việt Nam</translation>
    </message>
    <message>
        <source>Provincial certificate of merit</source>
        <translation>Bằng khen cấp tỉnh</translation>
    </message>
    <message>
        <source>Certificate of merit of the provincial Front committee</source>
        <translation>Bằng khen Ủy ban MTTQ tỉnh</translation>
    </message>
    <message>
        <source>Certificate of commendation</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Commemorative medal</source>
        <translation>Kỷ niệm chương</translation>
    </message>
    <message>
        <source>Incoming delegation</source>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Mobilised or received</source>
        <translation>Vận động được, nhận về</translation>
    </message>
    <message>
        <source>Given or spent</source>
        <translation>Trao tặng, chi ra</translation>
    </message>
    <message>
        <source>To be determined</source>
        <translation>Cần xác định</translation>
    </message>
    <message>
        <source>Foreign business</source>
        <translation>Doanh nghiệp nước ngoài</translation>
    </message>
    <message>
        <source>Foreign local government</source>
        <translation>Chính quyền địa phương nước ngoài</translation>
    </message>
    <message>
        <source>Overseas Vietnamese</source>
        <translation>Kiều bào</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <source>Donation or aid</source>
        <translation>Ủng hộ, tài trợ</translation>
    </message>
    <message>
        <source>Investment or business</source>
        <translation>Đầu tư, kinh doanh</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Association of relatives</source>
        <translation>Hội</translation>
    </message>
    <message>
        <source>Branch of an association</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>News item or article</source>
        <translation>Tin, bài</translation>
    </message>
    <message>
        <source>Radio or television report</source>
        <translation>Phóng sự, chương trình phát thanh, truyền hình</translation>
    </message>
    <message>
        <source>Poster, banner or slogan</source>
        <translation>Pa nô, áp phích, khẩu hiệu</translation>
    </message>
    <message>
        <source>Leaflet or booklet</source>
        <translation>Tờ rơi, tài liệu tuyên truyền</translation>
    </message>
    <message>
        <source>Social-media post</source>
        <translation>Bài đăng mạng xã hội</translation>
    </message>
    <message>
        <source>Video clip</source>
        <translation>Phim ngắn</translation>
    </message>
    <message>
        <source>Newspaper or magazine</source>
        <translation>Báo, tạp chí</translation>
    </message>
    <message>
        <source>Radio or television station</source>
        <translation>Đài phát thanh, truyền hình</translation>
    </message>
    <message>
        <source>Commune loudspeakers</source>
        <translation>Loa truyền thanh cơ sở</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang thông tin điện tử</translation>
    </message>
    <message>
        <source>Social media (Facebook, Zalo…)</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <source>Public places</source>
        <translation>Nơi công cộng</translation>
    </message>
    <message>
        <source>Meetings and outreach sessions</source>
        <translation>Hội nghị, buổi tuyên truyền</translation>
    </message>
    <message>
        <source>Keeping and using the information in the office&apos;s work</source>
        <translation>Lưu giữ, sử dụng thông tin trong công tác của cơ quan</translation>
    </message>
    <message>
        <source>Printing and exporting lists (Excel, PDF, Word)</source>
        <translation>In, xuất danh sách (Excel, PDF, Word)</translation>
    </message>
    <message>
        <source>Sending to the Front offices above in data packages</source>
        <translation>Gửi cơ quan Mặt trận cấp trên trong gói dữ liệu</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to People&apos;s Diplomacy</source>
        <translation>Chào mừng đến với phần mềm Đối ngoại nhân dân</translation>
    </message>
    <message>
        <source>First-time setup for your office. It takes about two minutes.</source>
        <translation>Thiết lập ban đầu cho đơn vị, mất khoảng hai phút.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This software helps your Fatherland Front office record its people&apos;s diplomacy work and its work with Vietnamese people abroad, write periodic reports, and send them securely to the office above.&lt;/p&gt;&lt;p&gt;Before you start, the software needs to know:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;which office this computer belongs to (level, province, unit);&lt;/li&gt;&lt;li&gt;how your official documents are headed and signed;&lt;/li&gt;&lt;li&gt;who will use the software first;&lt;/li&gt;&lt;li&gt;a passphrase that protects the office&apos;s signing key.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phần mềm giúp cơ quan Mặt trận ghi nhận công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài, lập báo cáo định kỳ và gửi báo cáo lên cấp trên một cách an toàn.&lt;/p&gt;&lt;p&gt;Trước khi bắt đầu, phần mềm cần biết:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;máy tính này thuộc đơn vị nào (cấp, tỉnh, địa bàn);&lt;/li&gt;&lt;li&gt;phần đầu và phần ký của văn bản đơn vị;&lt;/li&gt;&lt;li&gt;ai là người sử dụng đầu tiên;&lt;/li&gt;&lt;li&gt;mật khẩu bảo vệ khóa ký của đơn vị.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mọi dữ liệu đều được lưu trên máy tính này.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Border groups, associations, training and propaganda</source>
        <translation>Tổ tự quản biên giới, hội thân nhân kiều bào, tập huấn, tuyên truyền</translation>
    </message>
</context>
</TS>
