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
    <name>AuditPage</name>
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
        <source>The program will now close so that it starts again cleanly with the restored data. Open it again to continue working.</source>
        <translation>Phần mềm sẽ đóng lại để khởi động lại sạch sẽ với dữ liệu đã khôi phục. Hãy mở lại phần mềm để làm việc tiếp.</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Khôi phục xong</translation>
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
        <source>Notes</source>
        <translation>Ghi chú</translation>
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
        <source>e.g. 5.000.000</source>
        <translation>ví dụ 5.000.000</translation>
    </message>
    <message>
        <source>Description (goods, works…)</source>
        <translation>Nội dung (hiện vật, công trình…)</translation>
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
</context>
<context>
    <name>ExcelBridge</name>
    <message>
        <source>Not available yet</source>
        <translation>Chưa có chức năng này</translation>
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
    <name>HeaderMappingDialog</name>
    <message>
        <source>Match columns to fields</source>
        <translation>Ghép cột với thông tin</translation>
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
        <source>Consent of the household to the processing of its personal data (Decree 356/2025): when it was given, for what, how; and when it was withdrawn.</source>
        <translation>Sự đồng ý của hộ đối với việc xử lý dữ liệu cá nhân (Nghị định 356/2025): đồng ý khi nào, cho mục đích gì, bằng hình thức nào; và khi nào rút lại.</translation>
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
        <source>Remove “%1” and their contributions and commendations from this household? This happens when you save.</source>
        <translation>Xóa «%1» cùng các đóng góp, khen thưởng của người này khỏi hộ? Việc xóa thực hiện khi bấm Lưu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
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
        <source>Apply the package to the data (a backup is made first)</source>
        <translation>Nhập gói vào dữ liệu (phần mềm sao lưu trước)</translation>
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
        <source>Checking the package</source>
        <translation>Đang kiểm tra gói dữ liệu</translation>
    </message>
    <message>
        <source>This package is addressed to another office, not to yours. Nothing was imported. Give the file to the office it is for.</source>
        <translation>Gói này gửi cho đơn vị khác, không phải đơn vị bạn. Không nhập gì. Hãy chuyển tệp cho đúng đơn vị nhận.</translation>
    </message>
    <message>
        <source>The signature is valid: the package was made by “%1”, an office you trust.</source>
        <translation>Chữ ký hợp lệ: gói do «%1» tạo, là đơn vị bạn đã tin cậy.</translation>
    </message>
    <message>
        <source>To open the package from “%1”, the program needs the office&apos;s key.</source>
        <translation>Để mở gói của «%1», phần mềm cần khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Open the file again to see what it contains.</source>
        <translation>Hãy mở lại tệp để xem nội dung.</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Đang đọc gói dữ liệu</translation>
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
        <source>The data from before the import was backed up.</source>
        <translation>Dữ liệu trước khi nhập đã được sao lưu.</translation>
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
        <source>No lower office registered yet. Ask each office for its identity card (Overview page → Export identity card) and register it here.</source>
        <translation>Chưa đăng ký đơn vị cấp dưới nào. Hãy đề nghị từng đơn vị gửi thẻ định danh (trang Tổng quan → Xuất thẻ định danh) rồi đăng ký tại đây.</translation>
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
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
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
        <source>Report for: %1</source>
        <translation>Báo cáo %1</translation>
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
        <source>Used in document numbers, e.g. Số: 05/BC-MTTQ-BTT.</source>
        <translation>Dùng trong số văn bản, ví dụ: Số: 05/BC-MTTQ-BTT.</translation>
    </message>
    <message>
        <source>Place on the date line:</source>
        <translation>Địa danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>e.g. &quot;Bát Xát&quot; gives &quot;Bát Xát, ngày 15 tháng 5 năm 2026&quot;.</source>
        <translation>Ví dụ: «Bát Xát» sẽ in thành «Bát Xát, ngày 15 tháng 5 năm 2026».</translation>
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
    <message>
        <source>Type the title of the head, e.g. Chủ tịch.</source>
        <translation>Hãy nhập chức vụ người ký, ví dụ: Chủ tịch.</translation>
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
        <source>Figures of %1 (activities and contributions this year; households, persons and twinning pairs as they stand).</source>
        <translation>Số liệu năm %1 (hoạt động và đóng góp trong năm; hộ, người và cặp kết nghĩa tính đến nay).</translation>
    </message>
    <message>
        <source>Vietnamese: %1 · foreign: %2 · overseas Vietnamese: %3</source>
        <translation>Người Việt Nam: %1 · người nước ngoài: %2 · kiều bào: %3</translation>
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
        <source>task %1: the deadline “%2” is not a date dd/mm/yyyy</source>
        <translation>nhiệm vụ %1: thời hạn «%2» không phải ngày dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <source>report deadline “%1” is not a day/month such as 15/5</source>
        <translation>hạn báo cáo «%1» không phải ngày/tháng, ví dụ 15/5</translation>
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
        <source>Dormant</source>
        <translation>Lâu chưa hoạt động</translation>
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
    <name>RecordFilters</name>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
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
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>The figures and the text as an Excel workbook (Ctrl+E)</source>
        <translation>Số liệu và nội dung dưới dạng tệp Excel (Ctrl+E)</translation>
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
        <source>TM. — the chairman signs for the standing committee</source>
        <translation>TM. — Chủ tịch ký thay mặt Ban Thường trực</translation>
    </message>
    <message>
        <source>KT. — a vice-chairman signs for the chairman</source>
        <translation>KT. — Phó Chủ tịch ký thay Chủ tịch</translation>
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
        <source>To (Kính gửi), one per line:</source>
        <translation>Kính gửi (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Copies to (Nơi nhận), one per line:</source>
        <translation>Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Leave a field empty to use the office&apos;s usual value (shown in grey). “- Lưu: VT.” is added to the copies automatically.</source>
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
    <name>SetupWizard</name>
    <message>
        <source>People&apos;s Diplomacy — first-time setup</source>
        <translation>Đối ngoại nhân dân — Thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Creating your office&apos;s data and keys…</source>
        <translation>Đang tạo dữ liệu và khóa của đơn vị…</translation>
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
    <message>
        <source>An unexpected error stopped this job. Nothing was half-saved. Please try again; if it happens again, send the details below to the person who supports the software.</source>
        <translation>Công việc bị dừng do một lỗi ngoài dự kiến. Không có dữ liệu nào bị ghi dở dang. Hãy thử lại; nếu lỗi vẫn xảy ra, hãy gửi phần chi tiết dưới đây cho người hỗ trợ kỹ thuật phần mềm.</translation>
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
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>No plan received yet.

Plans and their tasks come from the province in a task package: open the package on the Packages page (“Receive”), or synchronise with the USB stick.</source>
        <translation>Chưa nhận kế hoạch nào.

Kế hoạch và nhiệm vụ do tỉnh gửi trong gói nhiệm vụ: hãy mở gói ở trang Gói dữ liệu (thẻ «Nhận gói»), hoặc đồng bộ qua USB.</translation>
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
        <source>Document %1 of %2</source>
        <translation>Văn bản số %1 ngày %2</translation>
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
        <source>Type to search, e.g. Lào Cai</source>
        <translation>Gõ để tìm, ví dụ: Lào Cai</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Type to search, e.g. Bát Xát</source>
        <translation>Gõ để tìm, ví dụ: Bát Xát</translation>
    </message>
    <message>
        <source>e.g. huyện Bát Xát</source>
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
        <source>Districts are no longer in the official list of units, so type the name as it was, for example &quot;huyện Bát Xát&quot;.</source>
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
</TS>
