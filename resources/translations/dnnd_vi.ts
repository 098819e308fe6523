<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Record people&apos;s diplomacy activities: border exchanges, delegations in and out, meetings, cultural and sports exchanges, aid, and meetings with Vietnamese people abroad.</source>
        <translation>Ghi nhận các hoạt động đối ngoại nhân dân: giao lưu biên giới, đoàn vào, đoàn ra, hội đàm, giao lưu văn hóa – thể thao, hỗ trợ, giúp đỡ và gặp mặt người Việt Nam ở nước ngoài.</translation>
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
    <name>App</name>
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
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>See who changed what and when.</source>
        <translation>Xem ai đã thay đổi nội dung gì và vào lúc nào.</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households &amp; relatives abroad</source>
        <translation>Hộ thân nhân &amp; kiều bào</translation>
    </message>
    <message>
        <source>Keep the households that have relatives abroad and the Vietnamese people abroad of each household: country, situation, aspirations, contributions and commendations.</source>
        <translation>Quản lý các hộ có thân nhân ở nước ngoài và người Việt Nam ở nước ngoài của từng hộ: nước cư trú, tình hình, tâm tư nguyện vọng, đóng góp và khen thưởng.</translation>
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
        <source>Packages</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
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
        <source>Use the list on the left to record activities, twinning pairs, households with relatives abroad and partners, and to prepare and send reports.</source>
        <translation>Dùng danh mục bên trái để ghi nhận hoạt động, quan hệ kết nghĩa, hộ thân nhân kiều bào và đối tác, cũng như để lập và gửi báo cáo.</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Body above:</source>
        <translation>Cơ quan cấp trên:</translation>
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
        <source>Document symbol:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Người ký:</translation>
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
    <name>PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Send signed, encrypted data packages to the office above by e-mail or USB, and open the packages you receive.</source>
        <translation>Gửi gói dữ liệu đã ký và mã hóa lên cấp trên qua thư điện tử hoặc USB, và mở các gói dữ liệu nhận được.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Keep the foreign NGOs, businesses, friendship associations and partner organisations across the border that your office works with.</source>
        <translation>Quản lý các tổ chức phi chính phủ nước ngoài, doanh nghiệp, hội hữu nghị và tổ chức đối tác bên kia biên giới mà đơn vị có quan hệ.</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Write periodic reports with figures computed from your records, have them approved and print them as official documents.</source>
        <translation>Lập báo cáo định kỳ với số liệu tổng hợp từ dữ liệu đã ghi nhận, trình lãnh đạo duyệt và in thành văn bản chính thức.</translation>
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
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>See the plans and tasks received from the office above, their deadlines and the report schedule.</source>
        <translation>Theo dõi kế hoạch, nhiệm vụ cấp trên giao, thời hạn thực hiện và lịch báo cáo.</translation>
    </message>
</context>
<context>
    <name>TwinningPage</name>
    <message>
        <source>Twinning</source>
        <translation>Kết nghĩa</translation>
    </message>
    <message>
        <source>Keep the twinning pairs with communities across the border (commune–commune, village–village, border post–village), their status and their activities.</source>
        <translation>Quản lý các cặp kết nghĩa với địa phương bên kia biên giới (xã – xã, bản – bản, đồn biên phòng – bản), tình trạng và hoạt động của từng cặp.</translation>
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
