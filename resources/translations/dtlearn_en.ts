<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/roster_import_dialog.py" line="+57"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or organisation</source>
        <translation>Unit or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This roster has no learners in it: there are no rows below the header. Nothing was imported.</source>
        <translation>This roster has no learners in it: there are no rows below the header. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a roster. Choose a CSV file or an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>This file is not a roster. Choose a CSV file or an Excel workbook (.xlsx). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an old Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and choose that file. Nothing was imported.</source>
        <translation>This is an old Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and choose that file. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is too large: a roster may be at most 50 MB. Split it into smaller files. Nothing was imported.</source>
        <translation>This file is too large: a roster may be at most 50 MB. Split it into smaller files. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is damaged or cannot be read. Nothing was imported.</source>
        <translation>This file is damaged or cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which column holds the learners&apos; names (“Use as: Full name”).</source>
        <translation>Choose which column holds the learners&apos; names (“Use as: Full name”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two columns are used for the same thing; choose one.</source>
        <translation>Two columns are used for the same thing; choose one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No name</source>
        <translation>No name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year “{value}” is not a year from 1900 to {year}</source>
        <translation>Birth year “{value}” is not a year from 1900 to {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender “{value}” is not Nam, Nữ or Khác</source>
        <translation>Gender “{value}” is not Nam, Nữ or Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone “{value}” is not a phone number (digits only)</source>
        <translation>Phone “{value}” is not a phone number (digits only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is longer than 120 letters</source>
        <translation>{field} is longer than 120 letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person as row {row}</source>
        <translation>The same person as row {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer as “{name}”</source>
        <translation>Already on this computer as “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/verify_dialog.py" line="+41"/>
        <source>✔ Valid</source>
        <translation>✔ Valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This certificate is genuine and unchanged.</source>
        <translation>This certificate is genuine and unchanged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not accept it: its content was changed after it was issued (a name, score or date edited), or it was not made by the install it names.</source>
        <translation>Do not accept it: its content was changed after it was issued (a name, score or date edited), or it was not made by the install it names.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is damaged or incomplete. Copy the whole QR text again, or type the code printed under the QR code.</source>
        <translation>The text is damaged or incomplete. Copy the whole QR text again, or type the code printed under the QR code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate recorded under this code names another code: the record on this computer was altered.</source>
        <translation>The certificate recorded under this code names another code: the record on this computer was altered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ Not valid</source>
        <translation>✘ Not valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Unknown issuer</source>
        <translation>? Unknown issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not know the install that issued this certificate (it names “{unit}”), so it cannot say whether it is genuine. Add a results file (.dtsync) from that install first: File → Add results from files.</source>
        <translation>This computer does not know the install that issued this certificate (it names “{unit}”), so it cannot say whether it is genuine. Add a results file (.dtsync) from that install first: File → Add results from files.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>? Code not found</source>
        <translation>? Code not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate with the code {code} was issued on this computer. Check the code, or paste the text of its QR code, which carries the whole certificate.</source>
        <translation>No certificate with the code {code} was issued on this computer. Check the code, or paste the text of its QR code, which carries the whole certificate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Not a certificate</source>
        <translation>? Not a certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the 10-character code printed on the certificate (like ABCD-EFGH-JK) or paste the text of its QR code (it starts with DTC1.).</source>
        <translation>Type the 10-character code printed on the certificate (like ABCD-EFGH-JK) or paste the text of its QR code (it starts with DTC1.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circular 02/2025/TT-BGDĐT</source>
        <translation>Circular 02/2025/TT-BGDĐT</translation>
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
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn met an unexpected problem. Your answers so far are saved.

Please send this log file to your trainer:
{path}</source>
        <translation>dtlearn met an unexpected problem. Your answers so far are saved.

Please send this log file to your trainer:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/texts.py" line="+61"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/sync_actions.py" line="+82"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: refused — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {new} new, {already} already had, {refused} refused</source>
        <translation>{file}: {new} new, {already} already had, {refused} refused</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is incomplete (was the copy cut short?); copy it again</source>
        <translation>the file is incomplete (was the copy cut short?); copy it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a dtlearn results file</source>
        <translation>this is not a dtlearn results file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was made by a newer dtlearn; update dtlearn to add it</source>
        <translation>it was made by a newer dtlearn; update dtlearn to add it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was changed after it was made, or it is forged</source>
        <translation>it was changed after it was made, or it is forged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is signed by a different key than earlier files from that computer: it may be forged, or dtlearn was reinstalled there</source>
        <translation>it is signed by a different key than earlier files from that computer: it may be forged, or dtlearn was reinstalled there</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than any results file dtlearn makes</source>
        <translation>it is larger than any results file dtlearn makes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged; ask for it again</source>
        <translation>the file is damaged; ask for it again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {sent}, already on the LRS {already}, conflicts {conflicts}, still waiting {pending}.</source>
        <translation>Sent {sent}, already on the LRS {already}, conflicts {conflicts}, still waiting {pending}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The LRS said: {error}</source>
        <translation>The LRS said: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; the rest will be sent next time.</source>
        <translation>Stopped; the rest will be sent next time.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/certificates_tab.py" line="+413"/>
        <source>Type the issuing unit first: it is printed on every certificate.</source>
        <translation>Type the issuing unit first: it is printed on every certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This learner has not completed the course yet, so no certificate is issued.</source>
        <translation>This learner has not completed the course yet, so no certificate is issued.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/install_pack_dialog.py" line="+39"/>
        <source>The file does not exist any more.</source>
        <translation>The file does not exist any more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({error}).</source>
        <translation>The file cannot be read ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Copy it again from where it came from.</source>
        <translation>The file is empty. Copy it again from where it came from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a course pack. Course packs end in .dtcourse.</source>
        <translation>This file is not a course pack. Course packs end in .dtcourse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is incomplete: the copy or download was cut short. Copy it again.</source>
        <translation>The file is incomplete: the copy or download was cut short. Copy it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is damaged ({name} cannot be read). Copy it again, if you can from another USB stick.</source>
        <translation>The file is damaged ({name} cannot be read). Copy it again, if you can from another USB stick.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a dtlearn course pack.</source>
        <translation>This file is not a dtlearn course pack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack is not signed, so it cannot be trusted.</source>
        <translation>This pack is not signed, so it cannot be trusted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack tries to put a file outside its course folder ({name}). It was refused to protect this computer.</source>
        <translation>This pack tries to put a file outside its course folder ({name}). It was refused to protect this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack contains a link ({name}), which real course packs never do. It was refused to protect this computer.</source>
        <translation>This pack contains a link ({name}), which real course packs never do. It was refused to protect this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack holds {name} twice: dtlearn did not make it.</source>
        <translation>This pack holds {name} twice: dtlearn did not make it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack contains an encrypted file ({name}): dtlearn did not make it.</source>
        <translation>This pack contains an encrypted file ({name}): dtlearn did not make it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pack&apos;s list of files is not valid ({detail}).</source>
        <translation>This pack&apos;s list of files is not valid ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack was made by a newer dtlearn. Update dtlearn on this computer first.</source>
        <translation>This pack was made by a newer dtlearn. Update dtlearn on this computer first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pack is signed by a publisher this computer does not trust (key {key_id}). If you know the publisher, a trainer can add their key with the command: dtlearn keys trust FILE.pub</source>
        <translation>This pack is signed by a publisher this computer does not trust (key {key_id}). If you know the publisher, a trainer can add their key with the command: dtlearn keys trust FILE.pub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match: the pack was changed after it was signed, or it is forged. Do not use it.</source>
        <translation>The signature does not match: the pack was changed after it was signed, or it is forged. Do not use it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is missing from the pack. Ask for the pack again.</source>
        <translation>The file {name} is missing from the pack. Ask for the pack again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack contains {name}, which its publisher did not sign: someone added it. Ask for the pack again.</source>
        <translation>The pack contains {name}, which its publisher did not sign: someone added it. Ask for the pack again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} in the pack was changed or damaged after the pack was signed. Ask for the pack again.</source>
        <translation>{name} in the pack was changed or damaged after the pack was signed. Ask for the pack again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack unpacks to far more than any course.</source>
        <translation>The pack unpacks to far more than any course.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course in the pack has {count} problem(s); the first: {detail}</source>
        <translation>The course in the pack has {count} problem(s); the first: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {installed} of this course is installed, newer than the pack&apos;s version {version}.</source>
        <translation>Version {installed} of this course is installed, newer than the pack&apos;s version {version}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} of this course is already installed.</source>
        <translation>Version {version} of this course is already installed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of dtlearn has version {installed} of the course built in, newer than the pack&apos;s {version}.</source>
        <translation>This copy of dtlearn has version {installed} of the course built in, newer than the pack&apos;s {version}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough free space on the disk ({folder}). Free some space and try again.</source>
        <translation>There is not enough free space on the disk ({folder}). Free some space and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dtlearn cannot write in {folder} ({error}). Ask for permission to write in the data folder.</source>
        <translation>dtlearn cannot write in {folder} ({error}). Ask for permission to write in the data folder.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/database_care.py" line="+89"/>
        <source>Setting the damaged database aside…</source>
        <translation>Setting the damaged database aside…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged database is kept as {name}; this is a new, empty one.</source>
        <translation>The damaged database is kept as {name}; this is a new, empty one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <location filename="../../src/dtlearn/ui/launch.py" line="+81"/>
        <source>dtlearn cannot start</source>
        <translation>dtlearn cannot start</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/texts.py" line="-37"/>
        <source>For civil servants</source>
        <translation>For civil servants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For everyone in the community</source>
        <translation>For everyone in the community</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/dtlearn/ui/trainer/report_words.py" line="+74"/>
        <source>{number} %</source>
        <translation>{number}%</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>✓ Completed</source>
        <translation>✓ Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} lessons read</source>
        <translation>{done} of {total} lessons read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>dtlearn cannot create its data folder {folder}. Ask for permission to write there, or start dtlearn with another data folder.</source>
        <translation>dtlearn cannot create its data folder {folder}. Ask for permission to write there, or start dtlearn with another data folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results database is in use by another program; perhaps dtlearn is already open. Close the other copy and try again.</source>
        <translation>The results database is in use by another program; perhaps dtlearn is already open. Close the other copy and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results are not being saved: the data folder {folder} is read-only. Fix the folder&apos;s permissions, or use another data folder, then start dtlearn again.</source>
        <translation>Results are not being saved: the data folder {folder} is read-only. Fix the folder&apos;s permissions, or use another data folder, then start dtlearn again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results are not being saved: the disk holding {folder} is full. Free some space; nothing already saved was lost.</source>
        <translation>Results are not being saved: the disk holding {folder} is full. Free some space; nothing already saved was lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The results database {path} is damaged. Restore a backup (File → Backups…) or ask a trainer for help.</source>
        <translation>The results database {path} is damaged. Restore a backup (File → Backups…) or ask a trainer for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of dtlearn must upgrade the results database, but its folder {folder} cannot be written. Free some disk space or fix the folder&apos;s permissions, then try again.</source>
        <translation>This version of dtlearn must upgrade the results database, but its folder {folder} cannot be written. Free some disk space or fix the folder&apos;s permissions, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of dtlearn must upgrade the results database and backs it up first, but the backup failed, so nothing was changed. Free some disk space in {folder} and try again.</source>
        <translation>This version of dtlearn must upgrade the results database and backs it up first, but the backup failed, so nothing was changed. Free some disk space in {folder} and try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no results database to back up yet.</source>
        <translation>There is no results database to back up yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup was made: the disk holding {folder} is full. Free some space; the results database itself is unchanged.</source>
        <translation>No backup was made: the disk holding {folder} is full. Free some space; the results database itself is unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup was made: the folder {folder} cannot be written to. Fix the folder&apos;s permissions; the results database itself is unchanged.</source>
        <translation>No backup was made: the folder {folder} cannot be written to. Fix the folder&apos;s permissions; the results database itself is unchanged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new backup failed its check and was discarded; the results database itself is unchanged. Try again.</source>
        <translation>The new backup failed its check and was discarded; the results database itself is unchanged. Try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {name} is damaged; choose another. Nothing was changed.</source>
        <translation>The backup {name} is damaged; choose another. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restored database failed its check. Choose another backup.</source>
        <translation>The restored database failed its check. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/backups_dialog.py" line="+47"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a course install</source>
        <translation>Before a course install</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
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
        <translation>Restored the backup from {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept as a backup (“Before a restore”).</source>
        <translation>The database as it was is kept as a backup (“Before a restore”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged database is kept as {name}.</source>
        <translation>The damaged database is kept as {name}.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The results database is damaged</source>
        <translation>The results database is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database that keeps the results on this computer is damaged and cannot be used safely.</source>
        <translation>The database that keeps the results on this computer is damaged and cannot be used safely.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest good backup is from {time}. Restoring it brings back everything recorded up to then; anything recorded after it is lost. The damaged file is kept beside it for a specialist.</source>
        <translation>The newest good backup is from {time}. Restoring it brings back everything recorded up to then; anything recorded after it is lost. The damaged file is kept beside it for a specialist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup to restore. dtlearn can set the damaged file aside for a specialist and start again with an empty database: learners and results on this computer will not be shown.</source>
        <translation>There is no backup to restore. dtlearn can set the damaged file aside for a specialist and start again with an empty database: learners and results on this computer will not be shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set it aside and start again</source>
        <translation>Set it aside and start again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/report_words.py" line="-56"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+36"/>
        <source>Unit / organisation</source>
        <translation>Unit / organisation</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Commune / ward</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+3"/>
        <location line="+33"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and place</source>
        <translation>Date and place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit and place</source>
        <translation>Unit and place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average best score</source>
        <translation>Average best score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(outside group sessions)</source>
        <translation>(outside group sessions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion and pass rates</source>
        <translation>Completion and pass rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped by</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners (each counted once)</source>
        <translation>Learners (each counted once)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners in courses (a learner in two courses counts twice)</source>
        <translation>Learners in courses (a learner in two courses counts twice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates are out of the learners who did anything in the course in the period; the average is of each learner&apos;s best quiz score.</source>
        <translation>Rates are out of the learners who did anything in the course in the period; the average is of each learner&apos;s best quiz score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning record</source>
        <translation>Learning record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons read</source>
        <translation>Lessons read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz attempts</source>
        <translation>Quiz attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate code</source>
        <translation>Certificate code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} of {total}</source>
        <translation>{read} of {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results in this period.</source>
        <translation>No results in this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/backups_dialog.py" line="-197"/>
        <location line="+12"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>dtlearn keeps the last {keep} backups of the results database: one each day it is used, and one before every upgrade, course install and restore. They are in {folder}</source>
        <translation>dtlearn keeps the last {keep} backups of the results database: one each day it is used, and one before every upgrade, course install and restore. They are in {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up ({size}).</source>
        <translation>Backed up ({size}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup from {time}?</source>
        <translation>Restore the backup from {time}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. The database as it is now is saved as a new backup first (“Before a restore”), so this can be undone.
2. The database is then replaced by the backup from {time}. Everything recorded after that (answers, lessons read, new learners) will no longer be shown.
3. dtlearn then restarts its screens.</source>
        <translation>1. The database as it is now is saved as a new backup first (“Before a restore”), so this can be undone.
2. The database is then replaced by the backup from {time}. Everything recorded after that (answers, lessons read, new learners) will no longer be shown.
3. dtlearn then restarts its screens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a trainer can restore a backup.</source>
        <translation>Only a trainer can restore a backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BrokenCard</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/catalog.py" line="+78"/>
        <source>{name} (cannot be opened)</source>
        <translation>{name} (cannot be opened)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown problem</source>
        <translation>unknown problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This course has a problem and was skipped: {reason}</source>
        <translation>This course has a problem and was skipped: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and {count} more)</source>
        <translation>(and {count} more)</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location line="+18"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change learner</source>
        <translation>Change learner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search lessons…</source>
        <translation>Search lessons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No courses are installed yet.</source>
        <translation>No courses are installed yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Learner: {name}</source>
        <translation>Learner: {name}</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/certificates_tab.py" line="-331"/>
        <source>e.g. UBND xã Tân Lập, tỉnh Phú Thọ</source>
        <translation>e.g. UBND xã Tân Lập, tỉnh Phú Thọ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing unit (printed on every certificate)</source>
        <translation>Issuing unit (printed on every certificate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Course</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learners</source>
        <translation>&amp;Learners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners and their certificates</source>
        <translation>Learners and their certificates</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue and print &amp;selected…</source>
        <translation>Issue and print &amp;selected…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue and print &amp;all…</source>
        <translation>Issue and print &amp;all…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck a certificate…</source>
        <translation>C&amp;heck a certificate…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing progress</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Open the PDF</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Everyone who completed the course</source>
        <translation>Everyone who completed the course</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session: {label}</source>
        <translation>Session: {label}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not completed yet</source>
        <translation>Not completed yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has completed this yet. Results from other laptops appear after File → Add results from files.</source>
        <translation>Nobody has completed this yet. Results from other laptops appear after File → Add results from files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed: {eligible} · certificates issued: {issued}</source>
        <translation>Completed: {eligible} · certificates issued: {issued}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more learners in the list first.</source>
        <translation>Select one or more learners in the list first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not completed yet, so no certificate: {names}</source>
        <translation>Not completed yet, so no certificate: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>No certificate</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Issuing unit missing</source>
        <translation>Issuing unit missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the issuing unit first: it is printed on every certificate.</source>
        <translation>Type the issuing unit first: it is printed on every certificate.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save certificates as PDF</source>
        <translation>Save certificates as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Printing {count} certificate(s)…</source>
        <translation>Printing {count} certificate(s)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {count} certificate(s) to {path}</source>
        <translation>Saved {count} certificate(s) to {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was saved. The certificates stay issued: printing again gives the same codes.</source>
        <translation>Printing cancelled; no file was saved. The certificates stay issued: printing again gives the same codes.</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/catalog.py" line="-97"/>
        <source>{audience} · about {minutes} minutes · {lessons} lessons</source>
        <translation>{audience} · about {minutes} minutes · {lessons} lessons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress in {title}</source>
        <translation>Progress in {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {title}</source>
        <translation>Open {title}</translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/course.py" line="+31"/>
        <source>← All courses</source>
        <translation>← All courses</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read lesson</source>
        <translation>Read lesson</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>✓ read</source>
        <translation>✓ read</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ not read yet</source>
        <translation>○ not read yet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} questions. You pass with {mark} or more.</source>
        <translation>{count} questions. You pass with {mark} or more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>passed ✓</source>
        <translation>passed ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed yet</source>
        <translation>not passed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score: {score} — {verdict}</source>
        <translation>Best score: {score} — {verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts so far: {count}</source>
        <translation>Attempts so far: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not taken this quiz yet.</source>
        <translation>You have not taken this quiz yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the quiz</source>
        <translation>Continue the quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the quiz again</source>
        <translation>Take the quiz again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the quiz</source>
        <translation>Start the quiz</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="+150"/>
        <source>Fill with demo data</source>
        <translation>Fill with demo data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data adds made-up learners with group sessions and quiz results in several provinces and communes, so you can try every report before a real session.

Demo names end in “{suffix}”, and demo units and session titles start with “{prefix}”. Demo results are never sent to an LRS or exported, and “Remove demo data” takes all of it out again without touching real learners.</source>
        <translation>Demo data adds made-up learners with group sessions and quiz results in several provinces and communes, so you can try every report before a real session.

Demo names end in “{suffix}”, and demo units and session titles start with “{prefix}”. Demo results are never sent to an LRS or exported, and “Remove demo data” takes all of it out again without touching real learners.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of demo learners</source>
        <translation>Number of demo learners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo learners:</source>
        <translation>Demo learners:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add demo data</source>
        <translation>Add demo data</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/report_export.py" line="+50"/>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel (XLSX)…</source>
        <translation>Save as Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; no file was saved.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupQuizDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/group_quiz_dialog.py" line="+33"/>
        <source>Quiz for the group</source>
        <translation>Quiz for the group</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>← Previous question</source>
        <translation>← Previous question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Question {number} of {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer of {name}</source>
        <translation>Answer of {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish and show results</source>
        <translation>Finish and show results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question →</source>
        <translation>Next question →</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer yet: {names}</source>
        <translation>No answer yet: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has an answer.</source>
        <translation>Everyone has an answer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ passed</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ not passed yet</source>
        <translation>✗ not passed yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiz finished</source>
        <translation>Quiz finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/handover.py" line="+32"/>
        <source>Tap your name to start. When you finish, press “Pass to the next person”.</source>
        <translation>Tap your name to start. When you finish, press “Pass to the next person”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}: who is next?</source>
        <translation>{title}: who is next?</translation>
    </message>
</context>
<context>
    <name>InstallPackDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/install_pack_dialog.py" line="+18"/>
        <source>Install a course pack</source>
        <translation>Install a course pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation progress</source>
        <translation>Installation progress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install &amp;anyway</source>
        <translation>Install &amp;anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the installed version with the pack&apos;s. Learners keep their progress.</source>
        <translation>Replace the installed version with the pack&apos;s. Learners keep their progress.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking and installing {file}…</source>
        <translation>Checking and installing {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Installed: {title}</source>
        <translation>✔ Installed: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} replaces version {previous}. Learners keep their progress in the lessons and questions it still has.</source>
        <translation>Version {version} replaces version {previous}. Learners keep their progress in the lessons and questions it still has.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} is new on this computer and is now in the list of courses.</source>
        <translation>Version {version} is new on this computer and is now in the list of courses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed publisher</source>
        <translation>an unnamed publisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by {publisher}.</source>
        <translation>Signed by {publisher}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>✘ Not installed: {file}</source>
        <translation>✘ Not installed: {file}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Install the pack&apos;s version anyway?</source>
        <translation>Install the pack&apos;s version anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was installed; the courses are as they were.</source>
        <translation>Nothing was installed; the courses are as they were.</translation>
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
        <translation>Edit learner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or organisation</source>
        <translation>Unit or organisation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please type the learner&apos;s name.</source>
        <translation>Please type the learner&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 120 letters.</source>
        <translation>This is too long: at most 120 letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth year must be a year from 1900 to this year, like 1985.</source>
        <translation>The birth year must be a year from 1900 to this year, like 1985.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number may only have digits (spaces and dots are fine).</source>
        <translation>The phone number may only have digits (spaces and dots are fine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a gender from the list.</source>
        <translation>Choose a gender from the list.</translation>
    </message>
</context>
<context>
    <name>LearnerScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/learners.py" line="+30"/>
        <source>Who is learning today?</source>
        <translation>Who is learning today?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name</source>
        <translation>Choose your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners on this computer</source>
        <translation>Learners on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Unit or organisation</source>
        <translation>Unit or organisation</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create profile and start</source>
        <translation>Create profile and start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Please type your name.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most 120 letters.</source>
        <translation>This is too long: at most 120 letters.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="-93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/lesson.py" line="+41"/>
        <source>← Course</source>
        <translation>← Course</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lesson is not translated yet; it is shown in Vietnamese.</source>
        <translation>This lesson is not translated yet; it is shown in Vietnamese.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Previous lesson</source>
        <translation>← Previous lesson</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 Read aloud</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Read the lesson aloud</source>
        <translation>Read the lesson aloud</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+69"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+34"/>
        <source>Next lesson →</source>
        <translation>Next lesson →</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Lesson {number} of {total}</source>
        <translation>Lesson {number} of {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the quiz →</source>
        <translation>Go to the quiz →</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>■ Stop reading</source>
        <translation>■ Stop reading</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Read</source>
        <translation>✓ Read</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dtlearn/ui/main_window.py" line="+65"/>
        <location line="+172"/>
        <source>dtlearn — digital skills</source>
        <translation>dtlearn — digital skills</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+157"/>
        <source>Pass to the next person</source>
        <translation>Pass to the next person</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync results…</source>
        <translation>&amp;Sync results…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add results from files…</source>
        <translation>&amp;Add results from files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Check a certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Install a course pack…</source>
        <translation>&amp;Install a course pack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trainer</source>
        <translation>&amp;Trainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainer mode…</source>
        <translation>&amp;Trainer mode…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install a course pack</source>
        <translation>Install a course pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn course packs (*.dtcourse)</source>
        <translation>dtlearn course packs (*.dtcourse)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Smaller text (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>{count} results waiting to be sent · last sent: {time}</source>
        <translation>{count} results waiting to be sent · last sent: {time}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add results from files</source>
        <translation>Add results from files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtlearn results (*.dtsync)</source>
        <translation>dtlearn results (*.dtsync)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding results from {count} file(s)…</source>
        <translation>Adding results from {count} file(s)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results added</source>
        <translation>Results added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results not added</source>
        <translation>Results not added</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Read-only: results are not being saved — free disk space or fix folder permissions</source>
        <translation>Read-only: results are not being saved — free disk space or fix folder permissions</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No quiz</source>
        <translation>No quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This course has no questions to answer.</source>
        <translation>This course has no questions to answer.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/new_session_dialog.py" line="+30"/>
        <source>New group session</source>
        <translation>New group session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Evening class at the cultural house</source>
        <translation>e.g. Evening class at the cultural house</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the session</source>
        <translation>Name of the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune or ward *</source>
        <translation>Commune or ward *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a course.</source>
        <translation>Choose a course.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the commune or ward.</source>
        <translation>Type the commune or ward.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the date.</source>
        <translation>Check the date.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/pin_dialog.py" line="+41"/>
        <source>Trainer mode</source>
        <translation>Trainer mode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No trainer account yet. Make one: results of all learners and all exports are behind its PIN.</source>
        <translation>No trainer account yet. Make one: results of all learners and all exports are behind its PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Trainer&apos;s name</source>
        <translation>Trainer&apos;s name</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New PIN ({count}+ digits)</source>
        <translation>New PIN ({count}+ digits)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrong PIN. {count} tries left before a pause.</source>
        <translation>Wrong PIN. {count} tries left before a pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Too many wrong PINs. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type the trainer&apos;s name.</source>
        <translation>Please type the trainer&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PIN needs at least {count} digits.</source>
        <translation>The PIN needs at least {count} digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN may only have digits 0–9.</source>
        <translation>The PIN may only have digits 0–9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess; choose another.</source>
        <translation>This PIN is too easy to guess; choose another.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../src/dtlearn/ui/qt_words.py" line="+26"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-22"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../src/dtlearn/ui/widgets/question_view.py" line="+51"/>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose all answers that are right.</source>
        <translation>Choose all answers that are right.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a number</source>
        <translation>Type a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (a number)</source>
        <translation>Your answer (a number)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each item on the left, choose the one that matches.</source>
        <translation>For each item on the left, choose the one that matches.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/quiz.py" line="+40"/>
        <source>← Leave the quiz (answers are kept)</source>
        <translation>← Leave the quiz (answers are kept)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiz progress</source>
        <translation>Quiz progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This quiz is not translated yet; its questions are shown in Vietnamese.</source>
        <translation>This quiz is not translated yet; its questions are shown in Vietnamese.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keys: 1–9 choose an answer · Enter goes on</source>
        <translation>Keys: 1–9 choose an answer · Enter goes on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Question {number} of {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish the quiz</source>
        <translation>Finish the quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finish the quiz?</source>
        <translation>Finish the quiz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} question(s) have no answer and will count as wrong. Finish anyway?</source>
        <translation>{count} question(s) have no answer and will count as wrong. Finish anyway?</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/reports_tab.py" line="+154"/>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day (included)</source>
        <translation>Last day (included)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Report table</source>
        <translation>Report table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion and pass rate per group</source>
        <translation>Completion and pass rate per group</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The period ends ({to}) before it starts ({start}). Change one of the dates; nothing is shown until then.</source>
        <translation>The period ends ({to}) before it starts ({start}). Change one of the dates; nothing is shown until then.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{learners} learner(s), in {enrolments} course(s) between them: {completed} completed ({completion}), {passed} passed ({passing}); average best score {average}.</source>
        <translation>{learners} learner(s), in {enrolments} course(s) between them: {completed} completed ({completion}), {passed} passed ({passing}); average best score {average}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{group}: {completed} completed, {passed} passed</source>
        <translation>{group}: {completed} completed, {passed} passed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the first {shown} of {count} groups; the table has them all.</source>
        <translation>The chart shows the first {shown} of {count} groups; the table has them all.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>report</source>
        <translation>report</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location line="-269"/>
        <source>Completion and pass rates</source>
        <translation>Completion and pass rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner record</source>
        <translation>Learner record</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/results.py" line="+28"/>
        <source>Review of your answers</source>
        <translation>Review of your answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Back to the course</source>
        <translation>← Back to the course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your score: {score}</source>
        <translation>Your score: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Passed — well done! (pass mark {mark})</source>
        <translation>✓ Passed — well done! (pass mark {mark})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Not passed yet — you need {mark}. Read the explanations below and try again.</source>
        <translation>✗ Not passed yet — you need {mark}. Read the explanations below and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{right} of {total} answers right</source>
        <translation>{right} of {total} answers right</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} partly right</source>
        <translation>{count} partly right</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ Right</source>
        <translation>✓ Right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ Partly right</source>
        <translation>◐ Partly right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not right</source>
        <translation>✗ Not right</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer: {answer}</source>
        <translation>Your answer: {answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right answer: {answer}</source>
        <translation>Right answer: {answer}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/roster_import_dialog.py" line="+10"/>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one learner per row and a header row. Only a name is required.</source>
        <translation>Choose a CSV file or an Excel workbook (.xlsx) with one learner per row and a header row. Only a name is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First rows of the roster</source>
        <translation>First rows of the roster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that will not be imported</source>
        <translation>Rows that will not be imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is refused</source>
        <translation>Why it is refused</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+257"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+256"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Choose a roster</source>
        <translation>Choose a roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Rosters (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV, {encoding}, separated by “{sep}”</source>
        <translation>CSV, {encoding}, separated by “{sep}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook, first sheet</source>
        <translation>Excel workbook, first sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows below the header (row {header}); the first {shown} are shown. {kind}. Under each column, choose what it holds.</source>
        <translation>{rows} rows below the header (row {header}); the first {shown} are shown. {kind}. Under each column, choose what it holds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column {letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as</source>
        <translation>Use as</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use column {name} as</source>
        <translation>Use column {name} as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not used —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Press “Check” to see which rows can be imported.</source>
        <translation>Press “Check” to see which rows can be imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ok} learners can be imported. {bad} rows will not be imported:</source>
        <translation>{ok} learners can be imported. {bad} rows will not be imported:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {ok} learners can be imported.</source>
        <translation>All {ok} learners can be imported.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import stopped. Nothing was imported.</source>
        <translation>Import stopped. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} learners imported.</source>
        <translation>{count} learners imported.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import failed: {error}. Nothing was imported.</source>
        <translation>The import failed: {error}. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import {count} learners</source>
        <translation>Import {count} learners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/roster_tab.py" line="+117"/>
        <source>Search by name (diacritics optional)</source>
        <translation>Search by name (diacritics optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search learners by name</source>
        <translation>Search learners by name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill with demo data…</source>
        <translation>Fill with demo data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <location line="+6"/>
        <source>Remove demo data</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{total} learners</source>
        <translation>{total} learners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} learners</source>
        <translation>{shown} of {total} learners</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{count} learners imported from the roster.</source>
        <translation>{count} learners imported from the roster.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding demo data…</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. No demo data was added.</source>
        <translation>Stopped. No demo data was added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</source>
        <translation>Added {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no demo data on this computer.</source>
        <translation>There is no demo data on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove all demo data: {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts? Real learners and their results are not touched.</source>
        <translation>Remove all demo data: {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts? Real learners and their results are not touched.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removing demo data…</source>
        <translation>Removing demo data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</source>
        <translation>Removed {learners} demo learners, {sessions} group sessions and {attempts} quiz attempts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo data needs at least one course that works; none was found.</source>
        <translation>Demo data needs at least one course that works; none was found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That did not work: {error}</source>
        <translation>That did not work: {error}</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/search.py" line="+33"/>
        <source>← All courses</source>
        <translation>← All courses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search lessons, e.g. mã OTP</source>
        <translation>Search lessons, e.g. mã OTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a word to search for.</source>
        <translation>Type a word to search for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results for “{text}”</source>
        <translation>{count} results for “{text}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “{text}”. Try fewer words.</source>
        <translation>Nothing found for “{text}”. Try fewer words.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/session_panel.py" line="+50"/>
        <source>Register a person</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People already known with this name</source>
        <translation>People already known with this name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already known — choose to register that person:</source>
        <translation>Already known — choose to register that person:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1962</source>
        <translation>e.g. 1962</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People in this session</source>
        <translation>People in this session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand the laptop to the attendees</source>
        <translation>Hand the laptop to the attendees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the quiz for the group</source>
        <translation>Run the quiz for the group</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{title} — {course} · {place} · {date}</source>
        <translation>{title} — {course} · {place} · {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>✓ yes</source>
        <translation>✓ yes</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{present} of {total} present · {completed} completed · {passed} passed</source>
        <translation>{present} of {total} present · {completed} completed · {passed} passed</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The birth year must be a year like 1962.</source>
        <translation>The birth year must be a year like 1962.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type the person&apos;s name.</source>
        <translation>Please type the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth year must be between 1900 and this year.</source>
        <translation>The birth year must be between 1900 and this year.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/sessions_tab.py" line="+32"/>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group sessions</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sessions yet. Make one with “New session…”.</source>
        <translation>No sessions yet. Make one with “New session…”.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/sync_dialog.py" line="+52"/>
        <source>Sync results</source>
        <translation>Sync results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning Record Store (LRS)</source>
        <translation>Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>LRS address</source>
        <translation>LRS address</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Statements per request</source>
        <translation>Statements per request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is sent</source>
        <translation>What is sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include learners&apos; names (otherwise only an anonymous ID is sent)</source>
        <translation>Include learners&apos; names (otherwise only an anonymous ID is sent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Address prefix for activities</source>
        <translation>Address prefix for activities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save results to a file…</source>
        <translation>Save results to a file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add results from files…</source>
        <translation>Add results from files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Results waiting to be sent: {count}</source>
        <translation>Results waiting to be sent: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sent: {time}</source>
        <translation>Last sent: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last problem: {error}</source>
        <translation>last problem: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is kept in this computer&apos;s keyring.</source>
        <translation>The secret is kept in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: the secret is kept in a file only your user account can read: {path}</source>
        <translation>This computer has no keyring: the secret is kept in a file only your user account can read: {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The LRS address must start with https:// (or http:// on a local network).</source>
        <translation>The LRS address must start with https:// (or http:// on a local network).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address prefix must start with https://.</source>
        <translation>The address prefix must start with https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the LRS address first.</source>
        <translation>Type the LRS address first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save results to a file</source>
        <translation>Save results to a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>dtlearn results (*.dtsync)</source>
        <translation>dtlearn results (*.dtsync)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saved {count} results to {file}.</source>
        <translation>Saved {count} results to {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add results from files</source>
        <translation>Add results from files</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <location filename="../../src/dtlearn/ui/screens/trainer.py" line="+29"/>
        <source>Trainer mode — {name}</source>
        <translation>Trainer mode — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock trainer mode</source>
        <translation>Lock trainer mode</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group sessions</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>TranscriptPage</name>
    <message>
        <location filename="../../src/dtlearn/ui/trainer/transcript_page.py" line="+49"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a learner</source>
        <translation>Find a learner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a learner:</source>
        <translation>Find a learner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning record</source>
        <translation>Learning record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a learner on the left to see their courses, lessons and quiz attempts.</source>
        <translation>Choose a learner on the left to see their courses, lessons and quiz attempts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{shown} of {count} learners shown; type more of the name to find others.</source>
        <translation>{shown} of {count} learners shown; type more of the name to find others.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} learner(s)</source>
        <translation>{count} learner(s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <translation>record</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/dtlearn/ui/dialogs/verify_dialog.py" line="+11"/>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the code printed on the certificate (like ABCD-EFGH-JK), or paste the text of its QR code.</source>
        <translation>Type the code printed on the certificate (like ABCD-EFGH-JK), or paste the text of its QR code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate code or QR text</source>
        <translation>Certificate code or QR text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences</source>
        <translation>Competences</translation>
    </message>
</context>
</TS>
