<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/roster_import_dialog.py" line="+57"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This roster has no learners in it: there are no rows below the header. Nothing was imported.</source>
        <translation>Danh sách này không có học viên nào: không có dòng nào dưới dòng tiêu đề. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a roster. Choose a CSV file or an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>Tệp này không phải danh sách học viên. Hãy chọn tệp CSV hoặc bảng tính Excel (.xlsx). Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an old Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and choose that file. Nothing was imported.</source>
        <translation>Đây là tệp Excel đời cũ (.xls). Hãy mở tệp bằng Excel, lưu lại thành .xlsx hoặc CSV rồi chọn tệp mới đó. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is too large: a roster may be at most 50 MB. Split it into smaller files. Nothing was imported.</source>
        <translation>Tệp quá lớn: danh sách học viên chỉ được tối đa 50 MB. Hãy chia thành nhiều tệp nhỏ hơn. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is damaged or cannot be read. Nothing was imported.</source>
        <translation>Tệp bị hỏng hoặc không đọc được. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which column holds the learners&apos; names (“Use as: Full name”).</source>
        <translation>Hãy chọn cột chứa họ tên học viên (“Dùng làm: Họ và tên”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two columns are used for the same thing; choose one.</source>
        <translation>Có hai cột cùng được dùng cho một mục; hãy chỉ chọn một cột.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No name</source>
        <translation>Không có họ tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year “{value}” is not a year from 1900 to {year}</source>
        <translation>Năm sinh “{value}” không phải là năm từ 1900 đến {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender “{value}” is not Nam, Nữ or Khác</source>
        <translation>Giới tính “{value}” không phải Nam, Nữ hay Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone “{value}” is not a phone number (digits only)</source>
        <translation>Số điện thoại “{value}” không hợp lệ (chỉ gồm chữ số)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is longer than 120 letters</source>
        <translation>{field} dài quá 120 ký tự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person as row {row}</source>
        <translation>Trùng với người ở dòng {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer as “{name}”</source>
        <translation>Đã có trên máy này với tên “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/verify_dialog.py" line="+41"/>
        <source>✔ Valid</source>
        <translation>✔ Hợp lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This certificate is genuine and unchanged.</source>
        <translation>Chứng nhận này là thật và chưa bị sửa đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not accept it: its content was changed after it was issued (a name, score or date edited), or it was not made by the install it names.</source>
        <translation>Đừng chấp nhận chứng nhận này: nội dung đã bị sửa sau khi cấp (tên, điểm hoặc ngày bị thay đổi), hoặc chứng nhận không do máy ghi trên đó cấp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is damaged or incomplete. Copy the whole QR text again, or type the code printed under the QR code.</source>
        <translation>Văn bản bị hỏng hoặc không đầy đủ. Hãy sao chép lại toàn bộ văn bản của mã QR, hoặc nhập mã in bên dưới mã QR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate recorded under this code names another code: the record on this computer was altered.</source>
        <translation>Chứng nhận lưu dưới mã này lại ghi một mã khác: dữ liệu trên máy này đã bị sửa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ Not valid</source>
        <translation>✘ Không hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Unknown issuer</source>
        <translation>? Không rõ nơi cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not know the install that issued this certificate (it names “{unit}”), so it cannot say whether it is genuine. Add a results file (.dtsync) from that install first: File → Add results from files.</source>
        <translation>Máy này chưa biết máy đã cấp chứng nhận (chứng nhận ghi “{unit}”), nên chưa thể biết chứng nhận là thật hay không. Trước hết hãy thêm một tệp kết quả (.dtsync) từ máy đó: Tệp → Thêm kết quả từ tệp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>? Code not found</source>
        <translation>? Không tìm thấy mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate with the code {code} was issued on this computer. Check the code, or paste the text of its QR code, which carries the whole certificate.</source>
        <translation>Máy này chưa cấp chứng nhận nào có mã {code}. Hãy kiểm tra lại mã, hoặc dán văn bản của mã QR, vì mã QR chứa toàn bộ chứng nhận.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Not a certificate</source>
        <translation>? Không phải chứng nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the 10-character code printed on the certificate (like ABCD-EFGH-JK) or paste the text of its QR code (it starts with DTC1.).</source>
        <translation>Hãy nhập mã 10 ký tự in trên chứng nhận (dạng ABCD-EFGH-JK) hoặc dán văn bản của mã QR (bắt đầu bằng DTC1.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circular 02/2025/TT-BGDĐT</source>
        <translation>Thông tư 02/2025/TT-BGDĐT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DigComp 2.2</source>
        <translation>DigComp 2.2</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/errors.py" line="+23"/>
        <source>dtlearn</source>
        <translation>dtlearn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn met an unexpected problem. Your answers so far are saved.

Please send this log file to your trainer:
{path}</source>
        <translation>dtlearn gặp sự cố ngoài dự kiến. Các câu trả lời đến lúc này vẫn được lưu.

Hãy gửi tệp nhật ký này cho giảng viên:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/texts.py" line="+61"/>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/sync_actions.py" line="+82"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: bị từ chối — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {new} new, {already} already had, {refused} refused</source>
        <translation>{file}: {new} mới, {already} đã có, {refused} bị từ chối</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is incomplete (was the copy cut short?); copy it again</source>
        <translation>tệp chưa đầy đủ (có thể việc sao chép bị ngắt giữa chừng); hãy sao chép lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a dtlearn results file</source>
        <translation>đây không phải tệp kết quả của dtlearn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was made by a newer dtlearn; update dtlearn to add it</source>
        <translation>tệp được tạo bởi phiên bản dtlearn mới hơn; hãy cập nhật dtlearn để thêm tệp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was changed after it was made, or it is forged</source>
        <translation>tệp đã bị sửa sau khi được tạo, hoặc là tệp giả mạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is signed by a different key than earlier files from that computer: it may be forged, or dtlearn was reinstalled there</source>
        <translation>tệp được ký bằng một khóa khác với các tệp trước đây từ máy đó: có thể là tệp giả mạo, hoặc dtlearn trên máy đó đã được cài lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than any results file dtlearn makes</source>
        <translation>tệp lớn hơn mọi tệp kết quả mà dtlearn tạo ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged; ask for it again</source>
        <translation>tệp bị hỏng; hãy xin gửi lại tệp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {sent}, already on the LRS {already}, conflicts {conflicts}, still waiting {pending}.</source>
        <translation>Đã gửi {sent}, đã có trên LRS {already}, xung đột {conflicts}, còn chờ {pending}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The LRS said: {error}</source>
        <translation>LRS báo: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; the rest will be sent next time.</source>
        <translation>Đã dừng; phần còn lại sẽ được gửi lần sau.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/certificates_tab.py" line="+413"/>
        <source>Type the issuing unit first: it is printed on every certificate.</source>
        <translation>Hãy nhập đơn vị cấp trước: tên đơn vị được in trên mọi chứng nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This learner has not completed the course yet, so no certificate is issued.</source>
        <translation>Học viên này chưa hoàn thành khóa học nên chưa được cấp chứng nhận.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/install_pack_dialog.py" line="+39"/>
        <source>The file does not exist any more.</source>
        <translation>Tệp này không còn nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({error}).</source>
        <translation>Không đọc được tệp ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Copy it again from where it came from.</source>
        <translation>Tệp trống. Hãy chép lại tệp từ nơi bạn đã lấy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a course pack. Course packs end in .dtcourse.</source>
        <translation>Tệp này không phải gói khóa học. Gói khóa học có đuôi .dtcourse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is incomplete: the copy or download was cut short. Copy it again.</source>
        <translation>Tệp không đầy đủ: việc sao chép hoặc tải về bị ngắt giữa chừng. Hãy chép lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is damaged ({name} cannot be read). Copy it again, if you can from another USB stick.</source>
        <translation>Tệp bị hỏng (không đọc được {name}). Hãy chép lại, nếu được thì từ một USB khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a dtlearn course pack.</source>
        <translation>Tệp này không phải gói khóa học của dtlearn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack is not signed, so it cannot be trusted.</source>
        <translation>Gói này không có chữ ký số nên không thể tin cậy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack tries to put a file outside its course folder ({name}). It was refused to protect this computer.</source>
        <translation>Gói này định đặt một tệp ra ngoài thư mục khóa học ({name}). Gói đã bị từ chối để bảo vệ máy này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack contains a link ({name}), which real course packs never do. It was refused to protect this computer.</source>
        <translation>Gói này chứa một liên kết ({name}), điều mà gói khóa học thật không bao giờ có. Gói đã bị từ chối để bảo vệ máy này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack holds {name} twice: dtlearn did not make it.</source>
        <translation>Gói này chứa {name} hai lần: gói không phải do dtlearn tạo ra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack contains an encrypted file ({name}): dtlearn did not make it.</source>
        <translation>Gói này chứa một tệp đã mã hóa ({name}): gói không phải do dtlearn tạo ra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack&apos;s list of files is not valid ({detail}).</source>
        <translation>Danh sách tệp của gói không hợp lệ ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack was made by a newer dtlearn. Update dtlearn on this computer first.</source>
        <translation>Gói này được tạo bằng phiên bản dtlearn mới hơn. Hãy cập nhật dtlearn trên máy này trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pack is signed by a publisher this computer does not trust (key {key_id}). If you know the publisher, a trainer can add their key with the command: dtlearn keys trust FILE.pub</source>
        <translation>Gói này được ký bởi một nhà phát hành mà máy này chưa tin cậy (khóa {key_id}). Nếu biết nhà phát hành này, giảng viên có thể thêm khóa của họ bằng lệnh: dtlearn keys trust FILE.pub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match: the pack was changed after it was signed, or it is forged. Do not use it.</source>
        <translation>Chữ ký số không khớp: gói đã bị sửa sau khi ký, hoặc là gói giả mạo. Đừng dùng gói này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is missing from the pack. Ask for the pack again.</source>
        <translation>Gói bị thiếu tệp {name}. Hãy xin lại gói khóa học.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack contains {name}, which its publisher did not sign: someone added it. Ask for the pack again.</source>
        <translation>Gói có tệp {name} mà nhà phát hành không ký: ai đó đã thêm vào. Hãy xin lại gói khóa học.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} in the pack was changed or damaged after the pack was signed. Ask for the pack again.</source>
        <translation>Tệp {name} trong gói đã bị sửa hoặc bị hỏng sau khi gói được ký. Hãy xin lại gói khóa học.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack unpacks to far more than any course.</source>
        <translation>Gói này khi giải nén lớn hơn nhiều so với bất kỳ khóa học nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course in the pack has {count} problem(s); the first: {detail}</source>
        <translation>Khóa học trong gói có {count} lỗi; lỗi đầu tiên: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {installed} of this course is installed, newer than the pack&apos;s version {version}.</source>
        <translation>Máy đã cài phiên bản {installed} của khóa học này, mới hơn phiên bản {version} trong gói.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this course is already installed.</source>
        <translation>Phiên bản {version} của khóa học này đã được cài.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of dtlearn has version {installed} of the course built in, newer than the pack&apos;s {version}.</source>
        <translation>Bản dtlearn này có sẵn phiên bản {installed} của khóa học, mới hơn phiên bản {version} trong gói.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space on the disk ({folder}). Free some space and try again.</source>
        <translation>Ổ đĩa không đủ chỗ trống ({folder}). Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dtlearn cannot write in {folder} ({error}). Ask for permission to write in the data folder.</source>
        <translation>dtlearn không ghi được vào {folder} ({error}). Hãy xin quyền ghi vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/database_care.py" line="+89"/>
        <source>Setting the damaged database aside…</source>
        <translation>Đang cất riêng cơ sở dữ liệu bị hỏng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged database is kept as {name}; this is a new, empty one.</source>
        <translation>Cơ sở dữ liệu bị hỏng được giữ lại với tên {name}; đây là cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <location filename="../../src/dtlearn/ui/launch.py" line="+81"/>
        <source>dtlearn cannot start</source>
        <translation>dtlearn không khởi động được</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/texts.py" line="-37"/>
        <source>For civil servants</source>
        <translation>Dành cho cán bộ, công chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For everyone in the community</source>
        <translation>Dành cho mọi người dân</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/dtlearn/ui/trainer/report_words.py" line="+74"/>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>✓ Completed</source>
        <translation>✓ Đã hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} lessons read</source>
        <translation>Đã đọc {done}/{total} bài học</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>dtlearn cannot create its data folder {folder}. Ask for permission to write there, or start dtlearn with another data folder.</source>
        <translation>dtlearn không tạo được thư mục dữ liệu {folder}. Hãy xin quyền ghi vào thư mục đó, hoặc mở dtlearn với một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results database is in use by another program; perhaps dtlearn is already open. Close the other copy and try again.</source>
        <translation>Cơ sở dữ liệu kết quả đang được một chương trình khác dùng; có thể dtlearn đã đang mở. Hãy đóng cửa sổ kia rồi thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results are not being saved: the data folder {folder} is read-only. Fix the folder&apos;s permissions, or use another data folder, then start dtlearn again.</source>
        <translation>Kết quả đang không được lưu: thư mục dữ liệu {folder} chỉ cho phép đọc. Hãy sửa quyền ghi của thư mục, hoặc dùng một thư mục dữ liệu khác, rồi mở lại dtlearn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results are not being saved: the disk holding {folder} is full. Free some space; nothing already saved was lost.</source>
        <translation>Kết quả đang không được lưu: ổ đĩa chứa {folder} đã đầy. Hãy giải phóng bớt dung lượng; những gì đã lưu không bị mất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The results database {path} is damaged. Restore a backup (File → Backups…) or ask a trainer for help.</source>
        <translation>Cơ sở dữ liệu kết quả {path} bị hỏng. Hãy khôi phục một bản sao lưu (Tệp → Sao lưu…) hoặc nhờ giảng viên giúp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of dtlearn must upgrade the results database, but its folder {folder} cannot be written. Free some disk space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Phiên bản dtlearn này cần nâng cấp cơ sở dữ liệu kết quả, nhưng không ghi được vào thư mục {folder}. Hãy giải phóng dung lượng ổ đĩa hoặc sửa quyền ghi của thư mục, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of dtlearn must upgrade the results database and backs it up first, but the backup failed, so nothing was changed. Free some disk space in {folder} and try again.</source>
        <translation>Phiên bản dtlearn này cần nâng cấp cơ sở dữ liệu kết quả và sao lưu nó trước, nhưng việc sao lưu không thành công nên chưa có gì bị thay đổi. Hãy giải phóng dung lượng trong {folder} rồi thử lại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no results database to back up yet.</source>
        <translation>Chưa có cơ sở dữ liệu kết quả nào để sao lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup was made: the disk holding {folder} is full. Free some space; the results database itself is unchanged.</source>
        <translation>Chưa sao lưu được: ổ đĩa chứa {folder} đã đầy. Hãy giải phóng bớt dung lượng; cơ sở dữ liệu kết quả không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup was made: the folder {folder} cannot be written to. Fix the folder&apos;s permissions; the results database itself is unchanged.</source>
        <translation>Chưa sao lưu được: không ghi được vào thư mục {folder}. Hãy sửa quyền ghi của thư mục; cơ sở dữ liệu kết quả không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new backup failed its check and was discarded; the results database itself is unchanged. Try again.</source>
        <translation>Bản sao lưu vừa tạo không qua được bước kiểm tra nên đã bị bỏ; cơ sở dữ liệu kết quả không bị thay đổi. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {name} is damaged; choose another. Nothing was changed.</source>
        <translation>Bản sao lưu {name} bị hỏng; hãy chọn bản khác. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restored database failed its check. Choose another backup.</source>
        <translation>Cơ sở dữ liệu vừa khôi phục không qua được bước kiểm tra. Hãy chọn một bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/backups_dialog.py" line="+47"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a course install</source>
        <translation>Trước khi cài khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup from {time}.</source>
        <translation>Đã khôi phục bản sao lưu lúc {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept as a backup (“Before a restore”).</source>
        <translation>Cơ sở dữ liệu trước đó được giữ lại thành một bản sao lưu (“Trước khi khôi phục”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged database is kept as {name}.</source>
        <translation>Cơ sở dữ liệu bị hỏng được giữ lại với tên {name}.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The results database is damaged</source>
        <translation>Cơ sở dữ liệu kết quả bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database that keeps the results on this computer is damaged and cannot be used safely.</source>
        <translation>Cơ sở dữ liệu lưu kết quả học tập trên máy này bị hỏng và không thể dùng an toàn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest good backup is from {time}. Restoring it brings back everything recorded up to then; anything recorded after it is lost. The damaged file is kept beside it for a specialist.</source>
        <translation>Bản sao lưu tốt gần nhất là lúc {time}. Khôi phục bản này sẽ lấy lại mọi thứ đã ghi đến lúc đó; những gì ghi sau đó sẽ mất. Tệp bị hỏng được giữ lại bên cạnh để chuyên viên xem xét.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup to restore. dtlearn can set the damaged file aside for a specialist and start again with an empty database: learners and results on this computer will not be shown.</source>
        <translation>Không có bản sao lưu nào để khôi phục. dtlearn có thể cất riêng tệp bị hỏng cho chuyên viên xem xét và bắt đầu lại với cơ sở dữ liệu trống: học viên và kết quả trên máy này sẽ không hiện ra nữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set it aside and start again</source>
        <translation>Cất riêng tệp hỏng và bắt đầu lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/report_words.py" line="-56"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+36"/>
        <source>Unit / organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Commune / ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+3"/>
        <location line="+33"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Group session</source>
        <translation>Buổi học nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and place</source>
        <translation>Ngày và địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit and place</source>
        <translation>Đơn vị và địa phương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion rate</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pass rate</source>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average best score</source>
        <translation>Điểm cao nhất trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not given)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(outside group sessions)</source>
        <translation>(ngoài buổi học nhóm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion and pass rates</source>
        <translation>Tỷ lệ hoàn thành và đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All courses</source>
        <translation>Tất cả khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All results</source>
        <translation>Toàn bộ kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners (each counted once)</source>
        <translation>Học viên (mỗi người tính một lần)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners in courses (a learner in two courses counts twice)</source>
        <translation>Lượt học viên theo khóa học (một người học hai khóa được tính hai lần)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates are out of the learners who did anything in the course in the period; the average is of each learner&apos;s best quiz score.</source>
        <translation>Tỷ lệ tính trên số học viên có học trong khóa học vào khoảng thời gian này; điểm trung bình là trung bình điểm kiểm tra cao nhất của từng học viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning record</source>
        <translation>Hồ sơ học tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons read</source>
        <translation>Bài đã đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz attempts</source>
        <translation>Lượt làm bài kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score</source>
        <translation>Điểm cao nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate code</source>
        <translation>Mã chứng nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Lượt làm bài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Số điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} of {total}</source>
        <translation>{read}/{total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results in this period.</source>
        <translation>Không có kết quả nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/backups_dialog.py" line="-197"/>
        <location line="+12"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>dtlearn keeps the last {keep} backups of the results database: one each day it is used, and one before every upgrade, course install and restore. They are in {folder}</source>
        <translation>dtlearn giữ {keep} bản sao lưu gần nhất của cơ sở dữ liệu kết quả: mỗi ngày có dùng máy một bản, và một bản trước mỗi lần nâng cấp, cài khóa học hay khôi phục. Các bản sao lưu nằm trong {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup progress</source>
        <translation>Tiến độ sao lưu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up ({size}).</source>
        <translation>Đã sao lưu ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup from {time}?</source>
        <translation>Khôi phục bản sao lưu lúc {time}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. The database as it is now is saved as a new backup first (“Before a restore”), so this can be undone.
2. The database is then replaced by the backup from {time}. Everything recorded after that (answers, lessons read, new learners) will no longer be shown.
3. dtlearn then restarts its screens.</source>
        <translation>1. Trước hết, cơ sở dữ liệu hiện tại được lưu thành một bản sao lưu mới (“Trước khi khôi phục”), nên có thể hoàn tác.
2. Sau đó cơ sở dữ liệu được thay bằng bản sao lưu lúc {time}. Mọi thứ ghi sau thời điểm đó (câu trả lời, bài đã đọc, học viên mới) sẽ không còn hiện ra.
3. Cuối cùng dtlearn mở lại các màn hình.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a trainer can restore a backup.</source>
        <translation>Chỉ giảng viên mới khôi phục được bản sao lưu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>BrokenCard</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/catalog.py" line="+78"/>
        <source>{name} (cannot be opened)</source>
        <translation>{name} (không mở được)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown problem</source>
        <translation>lỗi không rõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This course has a problem and was skipped: {reason}</source>
        <translation>Khóa học này có lỗi nên đã bị bỏ qua: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and {count} more)</source>
        <translation>(và {count} lỗi khác)</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location line="+18"/>
        <source>Courses</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change learner</source>
        <translation>Đổi học viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search lessons…</source>
        <translation>Tìm trong bài học…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search lessons</source>
        <translation>Tìm trong bài học</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No courses are installed yet.</source>
        <translation>Máy này chưa có khóa học nào.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Learner: {name}</source>
        <translation>Học viên: {name}</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/certificates_tab.py" line="-331"/>
        <source>e.g. UBND xã Tân Lập, tỉnh Phú Thọ</source>
        <translation>ví dụ: UBND xã Tân Lập, tỉnh Phú Thọ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit</source>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>All courses</source>
        <translation>Tất cả khóa học</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing unit (printed on every certificate)</source>
        <translation>Đơn vị cấp (in trên mọi chứng nhận)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Course</source>
        <translation>Khóa &amp;học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learners</source>
        <translation>Học &amp;viên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Điểm cao nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners and their certificates</source>
        <translation>Học viên và chứng nhận của họ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue and print &amp;selected…</source>
        <translation>Cấp và in người đã &amp;chọn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue and print &amp;all…</source>
        <translation>Cấp và in &amp;tất cả…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck a certificate…</source>
        <translation>&amp;Kiểm tra chứng nhận…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing progress</source>
        <translation>Tiến độ in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Mở tệp PDF</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Everyone who completed the course</source>
        <translation>Mọi người đã hoàn thành khóa học</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session: {label}</source>
        <translation>Buổi học: {label}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not completed yet</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not issued</source>
        <translation>Chưa cấp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has completed this yet. Results from other laptops appear after File → Add results from files.</source>
        <translation>Chưa có ai hoàn thành. Kết quả từ máy khác sẽ hiện ở đây sau khi chọn Tệp → Thêm kết quả từ tệp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed: {eligible} · certificates issued: {issued}</source>
        <translation>Đã hoàn thành: {eligible} · đã cấp chứng nhận: {issued}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificates</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more learners in the list first.</source>
        <translation>Hãy chọn trước một hoặc nhiều học viên trong danh sách.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not completed yet, so no certificate: {names}</source>
        <translation>Chưa hoàn thành nên chưa có chứng nhận: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>No certificate</source>
        <translation>Không có chứng nhận</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Issuing unit missing</source>
        <translation>Thiếu đơn vị cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the issuing unit first: it is printed on every certificate.</source>
        <translation>Hãy nhập đơn vị cấp trước: tên đơn vị được in trên mọi chứng nhận.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>certificates</source>
        <translation>chung-nhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save certificates as PDF</source>
        <translation>Lưu chứng nhận thành tệp PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Printing {count} certificate(s)…</source>
        <translation>Đang in {count} chứng nhận…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} certificate(s) to {path}</source>
        <translation>Đã lưu {count} chứng nhận vào {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was saved. The certificates stay issued: printing again gives the same codes.</source>
        <translation>Đã hủy in; không có tệp nào được lưu. Các chứng nhận vẫn được tính là đã cấp: in lại sẽ giữ nguyên mã.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/catalog.py" line="-97"/>
        <source>{audience} · about {minutes} minutes · {lessons} lessons</source>
        <translation>{audience} · khoảng {minutes} phút · {lessons} bài học</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress in {title}</source>
        <translation>Tiến độ khóa học {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {title}</source>
        <translation>Mở khóa học {title}</translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/course.py" line="+31"/>
        <source>← All courses</source>
        <translation>← Tất cả khóa học</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read lesson</source>
        <translation>Đọc bài</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiz</source>
        <translation>Bài kiểm tra</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>✓ read</source>
        <translation>✓ đã đọc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ not read yet</source>
        <translation>○ chưa đọc</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} questions. You pass with {mark} or more.</source>
        <translation>{count} câu hỏi. Đạt khi được từ {mark} trở lên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>passed ✓</source>
        <translation>đạt ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed yet</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score: {score} — {verdict}</source>
        <translation>Điểm cao nhất: {score} — {verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts so far: {count}</source>
        <translation>Số lần đã làm: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not taken this quiz yet.</source>
        <translation>Bạn chưa làm bài kiểm tra này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the quiz</source>
        <translation>Làm tiếp bài kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the quiz again</source>
        <translation>Làm lại bài kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the quiz</source>
        <translation>Làm bài kiểm tra</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="+150"/>
        <source>Fill with demo data</source>
        <translation>Thêm dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data adds made-up learners with group sessions and quiz results in several provinces and communes, so you can try every report before a real session.

Demo names end in “{suffix}”, and demo units and session titles start with “{prefix}”. Demo results are never sent to an LRS or exported, and “Remove demo data” takes all of it out again without touching real learners.</source>
        <translation>Dữ liệu mẫu thêm các học viên giả cùng buổi học nhóm và kết quả bài kiểm tra ở nhiều tỉnh, xã, để bạn thử mọi báo cáo trước khi có buổi học thật.

Tên học viên mẫu kết thúc bằng “{suffix}”, còn đơn vị và tên buổi học mẫu bắt đầu bằng “{prefix}”. Kết quả mẫu không bao giờ được gửi lên LRS hay xuất ra tệp, và nút “Xóa dữ liệu mẫu” xóa hết chúng mà không động đến học viên thật.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of demo learners</source>
        <translation>Số học viên mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo learners:</source>
        <translation>Số học viên mẫu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add demo data</source>
        <translation>Thêm dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/report_export.py" line="+50"/>
        <source>Save as CSV…</source>
        <translation>Lưu thành CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel (XLSX)…</source>
        <translation>Lưu thành Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export progress</source>
        <translation>Tiến độ xuất tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; no file was saved.</source>
        <translation>Đã hủy xuất tệp; không tệp nào được lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Không lưu được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupQuizDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/group_quiz_dialog.py" line="+33"/>
        <source>Quiz for the group</source>
        <translation>Bài kiểm tra cho cả nhóm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>← Previous question</source>
        <translation>← Câu trước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Question {number} of {total}</source>
        <translation>Câu {number}/{total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer of {name}</source>
        <translation>Câu trả lời của {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish and show results</source>
        <translation>Kết thúc và xem kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question →</source>
        <translation>Câu tiếp theo →</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer yet: {names}</source>
        <translation>Chưa trả lời: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has an answer.</source>
        <translation>Mọi người đều đã trả lời.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ passed</source>
        <translation>✓ đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ not passed yet</source>
        <translation>✗ chưa đạt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiz finished</source>
        <translation>Đã xong bài kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/handover.py" line="+32"/>
        <source>Tap your name to start. When you finish, press “Pass to the next person”.</source>
        <translation>Bấm vào tên của bạn để bắt đầu. Học xong, bấm “Chuyển cho người tiếp theo”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session</source>
        <translation>Kết thúc buổi học</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}: who is next?</source>
        <translation>{title}: đến lượt ai?</translation>
    </message>
</context>
<context>
    <name>InstallPackDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/install_pack_dialog.py" line="+18"/>
        <source>Install a course pack</source>
        <translation>Cài gói khóa học</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation progress</source>
        <translation>Tiến độ cài đặt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install &amp;anyway</source>
        <translation>&amp;Vẫn cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the installed version with the pack&apos;s. Learners keep their progress.</source>
        <translation>Thay phiên bản đã cài bằng phiên bản trong gói. Học viên vẫn giữ tiến độ học.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking and installing {file}…</source>
        <translation>Đang kiểm tra và cài đặt {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Installed: {title}</source>
        <translation>✔ Đã cài: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} replaces version {previous}. Learners keep their progress in the lessons and questions it still has.</source>
        <translation>Phiên bản {version} thay cho phiên bản {previous}. Học viên giữ nguyên tiến độ ở những bài học và câu hỏi vẫn còn trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} is new on this computer and is now in the list of courses.</source>
        <translation>Phiên bản {version} lần đầu có trên máy này và đã có trong danh sách khóa học.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed publisher</source>
        <translation>một nhà phát hành không rõ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by {publisher}.</source>
        <translation>Được ký bởi {publisher}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>✘ Not installed: {file}</source>
        <translation>✘ Chưa cài được: {file}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Install the pack&apos;s version anyway?</source>
        <translation>Vẫn cài phiên bản trong gói?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was installed; the courses are as they were.</source>
        <translation>Chưa cài gì; các khóa học vẫn như cũ.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/language_dialog.py" line="+15"/>
        <source>Chọn ngôn ngữ / Choose your language</source>
        <translation>Chọn ngôn ngữ / Choose your language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/learner_dialog.py" line="+25"/>
        <source>Edit learner</source>
        <translation>Sửa thông tin học viên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please type the learner&apos;s name.</source>
        <translation>Hãy nhập tên học viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 120 letters.</source>
        <translation>Quá dài: tối đa 120 ký tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth year must be a year from 1900 to this year, like 1985.</source>
        <translation>Năm sinh phải từ 1900 đến năm nay, ví dụ 1985.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number may only have digits (spaces and dots are fine).</source>
        <translation>Số điện thoại chỉ được gồm chữ số (có thể có dấu cách và dấu chấm).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a gender from the list.</source>
        <translation>Hãy chọn giới tính trong danh sách.</translation>
    </message>
</context>
<context>
    <name>LearnerScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/learners.py" line="+30"/>
        <source>Who is learning today?</source>
        <translation>Hôm nay ai học?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name</source>
        <translation>Chọn tên của bạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners on this computer</source>
        <translation>Học viên trên máy này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New learner</source>
        <translation>Học viên mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Unit or organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create profile and start</source>
        <translation>Tạo hồ sơ và bắt đầu học</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Please type your name.</source>
        <translation>Hãy gõ tên của bạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most 120 letters.</source>
        <translation>Quá dài: tối đa 120 ký tự.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="-93"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/lesson.py" line="+41"/>
        <source>← Course</source>
        <translation>← Khóa học</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lesson is not translated yet; it is shown in Vietnamese.</source>
        <translation>Bài học này chưa được dịch nên hiện bằng tiếng Việt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lesson text</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Previous lesson</source>
        <translation>← Bài trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 Đọc to</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Read the lesson aloud</source>
        <translation>Đọc to bài học</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+69"/>
        <source>Mark as read</source>
        <translation>Đánh dấu đã đọc</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+34"/>
        <source>Next lesson →</source>
        <translation>Bài tiếp theo →</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Lesson {number} of {total}</source>
        <translation>Bài {number}/{total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the quiz →</source>
        <translation>Làm bài kiểm tra →</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>■ Stop reading</source>
        <translation>■ Dừng đọc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Read</source>
        <translation>✓ Đã đọc</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dtlearn/ui/main_window.py" line="+65"/>
        <location line="+172"/>
        <source>dtlearn — digital skills</source>
        <translation>dtlearn — kỹ năng số</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+157"/>
        <source>Pass to the next person</source>
        <translation>Chuyển cho người tiếp theo</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync results…</source>
        <translation>Đồng &amp;bộ kết quả…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add results from files…</source>
        <translation>&amp;Thêm kết quả từ tệp…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Kiểm tra chứng nhận…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Install a course pack…</source>
        <translation>&amp;Cài gói khóa học…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trainer</source>
        <translation>&amp;Giảng viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainer mode…</source>
        <translation>&amp;Chế độ giảng viên…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install a course pack</source>
        <translation>Cài gói khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn course packs (*.dtcourse)</source>
        <translation>Gói khóa học dtlearn (*.dtcourse)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller text</source>
        <translation>Chữ nhỏ &amp;hơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;High contrast</source>
        <translation>Tương phản &amp;cao</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Chữ nhỏ hơn (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Chữ to hơn (Ctrl++)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>{count} results waiting to be sent · last sent: {time}</source>
        <translation>{count} kết quả chờ gửi · lần gửi gần nhất: {time}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add results from files</source>
        <translation>Thêm kết quả từ tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn results (*.dtsync)</source>
        <translation>Kết quả dtlearn (*.dtsync)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding results from {count} file(s)…</source>
        <translation>Đang thêm kết quả từ {count} tệp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results added</source>
        <translation>Đã thêm kết quả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results not added</source>
        <translation>Chưa thêm được kết quả</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Read-only: results are not being saved — free disk space or fix folder permissions</source>
        <translation>Chỉ đọc: kết quả đang không được lưu — hãy giải phóng dung lượng ổ đĩa hoặc sửa quyền ghi thư mục</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No quiz</source>
        <translation>Không có bài kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This course has no questions to answer.</source>
        <translation>Khóa học này không có câu hỏi nào.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/new_session_dialog.py" line="+30"/>
        <source>New group session</source>
        <translation>Buổi học nhóm mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Evening class at the cultural house</source>
        <translation>ví dụ: Lớp buổi tối ở nhà văn hóa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the session</source>
        <translation>Tên buổi học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward *</source>
        <translation>Xã, phường *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a course.</source>
        <translation>Hãy chọn khóa học.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the commune or ward.</source>
        <translation>Hãy nhập xã hoặc phường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the date.</source>
        <translation>Hãy kiểm tra lại ngày.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/pin_dialog.py" line="+41"/>
        <source>Trainer mode</source>
        <translation>Chế độ giảng viên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No trainer account yet. Make one: results of all learners and all exports are behind its PIN.</source>
        <translation>Chưa có tài khoản giảng viên. Hãy tạo một tài khoản: kết quả của mọi học viên và mọi lần xuất dữ liệu đều được bảo vệ bằng mã PIN của tài khoản này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Trainer&apos;s name</source>
        <translation>Tên giảng viên</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>New PIN again</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New PIN ({count}+ digits)</source>
        <translation>Mã PIN mới (ít nhất {count} chữ số)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrong PIN. {count} tries left before a pause.</source>
        <translation>Sai mã PIN. Còn {count} lần thử trước khi phải chờ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type the trainer&apos;s name.</source>
        <translation>Hãy nhập tên giảng viên.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không giống nhau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PIN needs at least {count} digits.</source>
        <translation>Mã PIN cần ít nhất {count} chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN may only have digits 0–9.</source>
        <translation>Mã PIN chỉ được gồm các chữ số 0–9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess; choose another.</source>
        <translation>Mã PIN này quá dễ đoán; hãy chọn mã khác.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../src/dtlearn/ui/qt_words.py" line="+26"/>
        <source>&amp;OK</source>
        <translation>Đồn&amp;g ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-22"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../src/dtlearn/ui/widgets/question_view.py" line="+51"/>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose all answers that are right.</source>
        <translation>Chọn tất cả các đáp án đúng.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a number</source>
        <translation>Gõ một số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (a number)</source>
        <translation>Câu trả lời của bạn (một số)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation>Gõ câu trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each item on the left, choose the one that matches.</source>
        <translation>Với mỗi mục bên trái, hãy chọn ý phù hợp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/quiz.py" line="+40"/>
        <source>← Leave the quiz (answers are kept)</source>
        <translation>← Tạm dừng (câu trả lời vẫn được giữ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiz progress</source>
        <translation>Tiến độ bài kiểm tra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This quiz is not translated yet; its questions are shown in Vietnamese.</source>
        <translation>Bài kiểm tra này chưa được dịch nên câu hỏi hiện bằng tiếng Việt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keys: 1–9 choose an answer · Enter goes on</source>
        <translation>Phím 1–9: chọn đáp án · Enter: đi tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Previous</source>
        <translation>← Câu trước</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Question {number} of {total}</source>
        <translation>Câu {number}/{total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish the quiz</source>
        <translation>Nộp bài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Tiếp theo →</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finish the quiz?</source>
        <translation>Nộp bài?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} question(s) have no answer and will count as wrong. Finish anyway?</source>
        <translation>Còn {count} câu chưa trả lời và sẽ bị tính là sai. Vẫn nộp bài?</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/reports_tab.py" line="+154"/>
        <source>Group by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day (included)</source>
        <translation>Ngày cuối (tính cả ngày này)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by:</source>
        <translation>Nhóm theo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course:</source>
        <translation>Khóa học:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Report table</source>
        <translation>Bảng báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion and pass rate per group</source>
        <translation>Tỷ lệ hoàn thành và đạt theo nhóm</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The period ends ({to}) before it starts ({start}). Change one of the dates; nothing is shown until then.</source>
        <translation>Ngày kết thúc ({to}) sớm hơn ngày bắt đầu ({start}). Hãy sửa một trong hai ngày; chưa hiện gì cho đến lúc đó.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{learners} learner(s), in {enrolments} course(s) between them: {completed} completed ({completion}), {passed} passed ({passing}); average best score {average}.</source>
        <translation>{learners} học viên, tổng cộng {enrolments} lượt học theo khóa: {completed} hoàn thành ({completion}), {passed} đạt ({passing}); điểm cao nhất trung bình {average}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{group}: {completed} completed, {passed} passed</source>
        <translation>{group}: {completed} hoàn thành, {passed} đạt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the first {shown} of {count} groups; the table has them all.</source>
        <translation>Biểu đồ chỉ hiện {shown} nhóm đầu trong số {count} nhóm; bảng có đủ tất cả.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>report</source>
        <translation>bao-cao</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location line="-269"/>
        <source>Completion and pass rates</source>
        <translation>Tỷ lệ hoàn thành và đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner record</source>
        <translation>Hồ sơ học viên</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/results.py" line="+28"/>
        <source>Review of your answers</source>
        <translation>Xem lại các câu trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Back to the course</source>
        <translation>← Quay lại khóa học</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your score: {score}</source>
        <translation>Điểm của bạn: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Passed — well done! (pass mark {mark})</source>
        <translation>✓ Đạt — làm tốt lắm! (mức đạt: {mark})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Not passed yet — you need {mark}. Read the explanations below and try again.</source>
        <translation>✗ Chưa đạt — cần được {mark}. Hãy đọc phần giải thích bên dưới rồi làm lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{right} of {total} answers right</source>
        <translation>Đúng {right}/{total} câu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} partly right</source>
        <translation>{count} câu đúng một phần</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Right</source>
        <translation>✓ Đúng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ Partly right</source>
        <translation>◐ Đúng một phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not right</source>
        <translation>✗ Chưa đúng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer: {answer}</source>
        <translation>Bạn trả lời: {answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right answer: {answer}</source>
        <translation>Đáp án đúng: {answer}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(no answer)</source>
        <translation>(chưa trả lời)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(chưa chọn)</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/roster_import_dialog.py" line="+10"/>
        <source>Import a roster</source>
        <translation>Nhập danh sách học viên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one learner per row and a header row. Only a name is required.</source>
        <translation>Chọn tệp CSV hoặc bảng tính Excel (.xlsx) có một dòng tiêu đề, mỗi dòng sau là một học viên. Chỉ bắt buộc có họ tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First rows of the roster</source>
        <translation>Những dòng đầu của danh sách</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that will not be imported</source>
        <translation>Những dòng sẽ không được nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is refused</source>
        <translation>Lý do không nhập</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+257"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+256"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Choose a roster</source>
        <translation>Chọn danh sách học viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Danh sách học viên (*.csv *.xlsx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV, {encoding}, separated by “{sep}”</source>
        <translation>CSV, {encoding}, phân cách bằng “{sep}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook, first sheet</source>
        <translation>Bảng tính Excel, trang tính đầu tiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows below the header (row {header}); the first {shown} are shown. {kind}. Under each column, choose what it holds.</source>
        <translation>{rows} dòng dưới dòng tiêu đề (dòng {header}); đang hiện {shown} dòng đầu. {kind}. Dưới mỗi cột, hãy chọn nội dung của cột đó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column {letter}</source>
        <translation>Cột {letter}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as</source>
        <translation>Dùng làm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use column {name} as</source>
        <translation>Dùng cột {name} làm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not used —</source>
        <translation>— không dùng —</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Press “Check” to see which rows can be imported.</source>
        <translation>Bấm “Kiểm tra” để xem những dòng nào nhập được.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ok} learners can be imported. {bad} rows will not be imported:</source>
        <translation>Nhập được {ok} học viên. {bad} dòng sẽ không được nhập:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {ok} learners can be imported.</source>
        <translation>Nhập được cả {ok} học viên.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import stopped. Nothing was imported.</source>
        <translation>Đã dừng nhập. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} learners imported.</source>
        <translation>Đã nhập {count} học viên.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import failed: {error}. Nothing was imported.</source>
        <translation>Nhập không thành công: {error}. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import {count} learners</source>
        <translation>Nhập {count} học viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="+117"/>
        <source>Search by name (diacritics optional)</source>
        <translation>Tìm theo tên (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search learners by name</source>
        <translation>Tìm học viên theo tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import roster…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill with demo data…</source>
        <translation>Thêm dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <location line="+6"/>
        <source>Remove demo data</source>
        <translation>Xóa dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{total} learners</source>
        <translation>{total} học viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} learners</source>
        <translation>{shown}/{total} học viên</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{count} learners imported from the roster.</source>
        <translation>Đã nhập {count} học viên từ danh sách.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding demo data…</source>
        <translation>Đang thêm dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. No demo data was added.</source>
        <translation>Đã dừng. Chưa thêm dữ liệu mẫu nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</source>
        <translation>Đã thêm {learners} học viên mẫu, {sessions} buổi học nhóm và {attempts} lượt làm bài kiểm tra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no demo data on this computer.</source>
        <translation>Máy này không có dữ liệu mẫu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove all demo data: {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts? Real learners and their results are not touched.</source>
        <translation>Xóa toàn bộ dữ liệu mẫu: {learners} học viên mẫu, {sessions} buổi học nhóm và {attempts} lượt làm bài kiểm tra? Học viên thật và kết quả của họ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removing demo data…</source>
        <translation>Đang xóa dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</source>
        <translation>Đã xóa {learners} học viên mẫu, {sessions} buổi học nhóm và {attempts} lượt làm bài kiểm tra.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo data needs at least one course that works; none was found.</source>
        <translation>Cần ít nhất một khóa học dùng được để tạo dữ liệu mẫu, nhưng không tìm thấy khóa nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That did not work: {error}</source>
        <translation>Không thực hiện được: {error}</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/search.py" line="+33"/>
        <source>← All courses</source>
        <translation>← Tất cả khóa học</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search lessons, e.g. mã OTP</source>
        <translation>Tìm trong bài học, ví dụ: mã OTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search lessons</source>
        <translation>Tìm trong bài học</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a word to search for.</source>
        <translation>Gõ từ cần tìm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results for “{text}”</source>
        <translation>{count} kết quả cho “{text}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “{text}”. Try fewer words.</source>
        <translation>Không tìm thấy “{text}”. Hãy thử với ít từ hơn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/session_panel.py" line="+50"/>
        <source>Register a person</source>
        <translation>Đăng ký người tham gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People already known with this name</source>
        <translation>Những người đã có trên máy với tên này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already known — choose to register that person:</source>
        <translation>Đã có trên máy — chọn để đăng ký người đó:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1962</source>
        <translation>ví dụ: 1962</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Điểm cao nhất</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this session</source>
        <translation>Người tham gia buổi học này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand the laptop to the attendees</source>
        <translation>Chuyển máy cho người tham gia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the quiz for the group</source>
        <translation>Cho cả nhóm làm bài kiểm tra</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{title} — {course} · {place} · {date}</source>
        <translation>{title} — {course} · {place} · {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>present</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>✓ yes</source>
        <translation>✓ có</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{present} of {total} present · {completed} completed · {passed} passed</source>
        <translation>{present}/{total} có mặt · {completed} hoàn thành · {passed} đạt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The birth year must be a year like 1962.</source>
        <translation>Năm sinh phải là một năm, ví dụ 1962.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type the person&apos;s name.</source>
        <translation>Hãy nhập tên người tham gia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth year must be between 1900 and this year.</source>
        <translation>Năm sinh phải từ 1900 đến năm nay.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/sessions_tab.py" line="+32"/>
        <source>New session…</source>
        <translation>Buổi học mới…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group sessions</source>
        <translation>Buổi học nhóm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sessions yet. Make one with “New session…”.</source>
        <translation>Chưa có buổi học nào. Bấm “Buổi học mới…” để tạo.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/sync_dialog.py" line="+52"/>
        <source>Sync results</source>
        <translation>Đồng bộ kết quả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning Record Store (LRS)</source>
        <translation>Kho lưu trữ kết quả học tập (LRS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>LRS address</source>
        <translation>Địa chỉ LRS</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Key</source>
        <translation>Khóa truy cập</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Secret</source>
        <translation>Mã bí mật</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Statements per request</source>
        <translation>Số bản ghi mỗi lần gửi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is sent</source>
        <translation>Những gì được gửi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include learners&apos; names (otherwise only an anonymous ID is sent)</source>
        <translation>Gửi kèm tên học viên (nếu không, chỉ gửi một mã số ẩn danh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Address prefix for activities</source>
        <translation>Tiền tố địa chỉ của hoạt động</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save results to a file…</source>
        <translation>Lưu kết quả ra tệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add results from files…</source>
        <translation>Thêm kết quả từ tệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Results waiting to be sent: {count}</source>
        <translation>Kết quả chờ gửi: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sent: {time}</source>
        <translation>Lần gửi gần nhất: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last problem: {error}</source>
        <translation>lỗi gần nhất: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is kept in this computer&apos;s keyring.</source>
        <translation>Mã bí mật được cất trong kho khóa (keyring) của máy này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: the secret is kept in a file only your user account can read: {path}</source>
        <translation>Máy này không có kho khóa (keyring): mã bí mật được cất trong một tệp mà chỉ tài khoản người dùng của bạn đọc được: {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The LRS address must start with https:// (or http:// on a local network).</source>
        <translation>Địa chỉ LRS phải bắt đầu bằng https:// (hoặc http:// trong mạng nội bộ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address prefix must start with https://.</source>
        <translation>Tiền tố địa chỉ phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the LRS address first.</source>
        <translation>Hãy nhập địa chỉ LRS trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save results to a file</source>
        <translation>Lưu kết quả ra tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>dtlearn results (*.dtsync)</source>
        <translation>Kết quả dtlearn (*.dtsync)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saved {count} results to {file}.</source>
        <translation>Đã lưu {count} kết quả vào {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add results from files</source>
        <translation>Thêm kết quả từ tệp</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/trainer.py" line="+29"/>
        <source>Trainer mode — {name}</source>
        <translation>Chế độ giảng viên — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock trainer mode</source>
        <translation>Khóa chế độ giảng viên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group sessions</source>
        <translation>Buổi học nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Chứng nhận</translation>
    </message>
</context>
<context>
    <name>TranscriptPage</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/transcript_page.py" line="+49"/>
        <source>Type a name</source>
        <translation>Gõ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a learner</source>
        <translation>Tìm học viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a learner:</source>
        <translation>Tìm học viên:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning record</source>
        <translation>Hồ sơ học tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a learner on the left to see their courses, lessons and quiz attempts.</source>
        <translation>Chọn một học viên bên trái để xem các khóa học, bài học và lượt làm bài kiểm tra của người đó.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{shown} of {count} learners shown; type more of the name to find others.</source>
        <translation>Đang hiện {shown}/{count} học viên; gõ thêm tên để tìm người khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} learner(s)</source>
        <translation>{count} học viên</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <translation>ho-so</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/verify_dialog.py" line="+11"/>
        <source>Check a certificate</source>
        <translation>Kiểm tra chứng nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the code printed on the certificate (like ABCD-EFGH-JK), or paste the text of its QR code.</source>
        <translation>Nhập mã in trên chứng nhận (dạng ABCD-EFGH-JK), hoặc dán văn bản của mã QR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate code or QR text</source>
        <translation>Mã chứng nhận hoặc văn bản mã QR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences</source>
        <translation>Năng lực</translation>
    </message>
</context>
</TS>
