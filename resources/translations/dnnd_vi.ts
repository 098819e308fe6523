<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New twinning pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinning pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>People&apos;s diplomacy activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Activity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality across the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas Vietnamese participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding or value of support (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organising bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
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
    <name>AttachmentsPanel</name>
    <message>
        <source>Photos, minutes, signed agreements… Files are kept in the data folder; the same file attached twice is stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attached file “%1” from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommendationForm</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (goods, works…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelBridge</name>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from Excel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx). Old lists typed in TCVN3 (.VnTime) or VNI fonts are converted automatically. Nothing is saved until you confirm the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Choose an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 possible duplicates (will be imported and marked for merging), %4 already in the database (skipped), %5 with errors (not imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows with errors to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 valid rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First 6 months of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMappingDialog</name>
    <message>
        <source>Match columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMappingWidget</name>
    <message>
        <source>Check which information each column of the file holds. Columns set to “(Ignore)” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Show sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity, religion and ID numbers are hidden. Showing them is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this household&apos;s data (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s data (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the household to the processing of its personal data (Decree 356/2025): when it was given, for what, how; and when it was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>(new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and their contributions and commendations from this household? This happens when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or residential group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old address (before 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID number (CCCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <source>Delete the household of “%1” with its relatives abroad, their contributions, commendations and consent records? Personal data is wiped; the audit log keeps a trace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households with relatives abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese people abroad</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Twinning pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Đối tác</translation>
    </message>
    <message>
        <source>Tasks of the province&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas Vietnamese met</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active twinning pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with relatives abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese people abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese people abroad by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1 (activities and contributions this year; households, persons and twinning pairs as they stand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese: %1 · foreign: %2 · overseas Vietnamese: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue by %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report or task deadline is coming up. Deadlines appear here when the province&apos;s plan arrives or a report period ends.</source>
        <translation type="unfinished"></translation>
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
    <name>PartnerForm</name>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
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
    <name>PersonForm</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or ID document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes and aspirations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>Delete “%1” with their contributions and commendations? Personal data is wiped; the audit log keeps a trace.</source>
        <translation type="unfinished"></translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Hoạt động</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>Period</source>
        <translation type="unfinished">Kỳ</translation>
    </message>
    <message>
        <source>Country of a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household&apos;s commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search (Ctrl+F): name, place, content… tone marks optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Mới</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list, as filtered and sorted, as an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add records from an Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this list (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected record (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search or filters. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records yet. Press “New” (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from lists and reports; the audit log keeps a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
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
    <name>TwinningForm</name>
    <message>
        <source>Form of twinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese side (village, commune, border post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinned side across the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality across the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwinningPage</name>
    <message>
        <source>Twinning pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity with this pair for more than 12 months (last: %1). Plan a visit or an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity has been recorded with this pair yet. Link the pair&apos;s activities on the activity form (tab “Links”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
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
