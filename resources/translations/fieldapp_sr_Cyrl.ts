<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>О програму FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %1</source>
        <translation>FieldApp %1</translation>
    </message>
    <message>
        <source>Offline-first case management for returns and reintegration work in Kosovo. Every case is kept encrypted on this laptop and shared only with headquarters.</source>
        <translation>Вођење предмета без сталне везе за послове повратка и реинтеграције на Косову. Сваки предмет се чува шифрован на овом лаптопу и дели се само са седиштем.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонента</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sensitive-data consent</source>
        <translation>Сагласност за осетљиве податке</translation>
    </message>
    <message>
        <source>Without sensitive-data consent, the community, disability and chronic illness of every member are cleared. Continue?</source>
        <translation>Без сагласности за осетљиве податке бришу се заједница, инвалидитет и хронична болест сваког члана. Наставити?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Обриши их</translation>
    </message>
    <message>
        <source>Keep consent</source>
        <translation>Задржи сагласност</translation>
    </message>
    <message>
        <source>The case cannot be saved yet: fields to correct, marked in red: %1.</source>
        <translation>Предмет још не може да се сачува: поља за исправку, означена црвеном бојом: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несачуване измене</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Овај предмет има измене које нису сачуване.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Задржи као нацрт</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Одбаци измене</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нови предмет</translation>
    </message>
    <message>
        <source>This case can no longer be edited in its current status. Notes can still be added.</source>
        <translation>Овај предмет се више не може мењати у садашњем статусу. Белешке се и даље могу додавати.</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft while you type).</source>
        <translation>Несачуване измене (чувају се као нацрт док куцате).</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервју</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домаћинство</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Расељење и повратак</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Имовина</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Рањивости</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребе</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Сагласност</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Листа предмета</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Назад на листу предмета</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Сачувај предмет (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</source>
        <translation>Означите сваку сврху са којом се особа сагласила, пошто јој прочитате обавештење. Сагласност се може повући у било ком тренутку.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Not yet sent</source>
        <translation>Још није послато</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>Послато седишту</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Сукоб</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Сви статуси</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Све општине</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Све врсте предмета</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Све потребе</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>Све рањивости</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Било које стање синхронизације</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Пронађено предмета: %1</translation>
    </message>
    <message>
        <source>Search names, case numbers, places… (Ctrl+F)</source>
        <translation>Претражи имена, бројеве предмета, места… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе.</source>
        <translation>Имена се проналазе на оба писма и без дијакритика: djordje проналази Đorđe и Ђорђе.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Поништи филтере</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Врста предмета</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Рањивост</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Стање синхронизације</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Предмети</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Municipality · settlement</source>
        <translation>Општина · насеље</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребе</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последња измена</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Why? The comment is recorded in the case history.</source>
        <translation>Зашто? Коментар се бележи у историји предмета.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Коментар (необавезно), бележи се у историји предмета:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Submit</source>
        <translation>Поднеси</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Повуци</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Започни разматрање</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Врати службенику</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Означи као неприхватљив</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Означи као дупликат</translation>
    </message>
    <message>
        <source>Select for assistance</source>
        <translation>Изабери за помоћ</translation>
    </message>
    <message>
        <source>Put on waiting list</source>
        <translation>Стави на листу чекања</translation>
    </message>
    <message>
        <source>Start assistance</source>
        <translation>Започни помоћ</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Означи као испоручено</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>Започни праћење</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Затвори предмет</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Пребаци у: %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Погрешна лозинка. Проверите распоред тастатуре и Caps Lock, па покушајте поново.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: wait %1 seconds, then try again.</source>
        <translation>Превише погрешних лозинки: сачекајте %1 с, па покушајте поново.</translation>
    </message>
    <message>
        <source>Case %1 was changed (by a sync) while you were editing it. Your typing is kept as a draft: reopen the case and redo the change.</source>
        <translation>Предмет %1 је промењен (синхронизацијом) док сте га уређивали. Ваш унос је сачуван као нацрт: поново отворите предмет и поновите измену.</translation>
    </message>
    <message>
        <source>Case %1 can no longer be edited in its current status. It becomes editable again if it is returned.</source>
        <translation>Предмет %1 се више не може мењати у садашњем статусу. Поново се може мењати ако буде враћен.</translation>
    </message>
    <message>
        <source>The note is empty; write something to add.</source>
        <translation>Белешка је празна; напишите нешто да бисте је додали.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters (a few words are easier to remember than symbols).</source>
        <translation>Лозинка је прекратка: користите најмање %1 знакова (неколико речи се лакше памти од симбола).</translation>
    </message>
    <message>
        <source>The officer name must be 1 to 100 printable characters.</source>
        <translation>Име службеника мора имати од 1 до 100 знакова који се могу штампати.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; it was left as it is. Choose another folder.</source>
        <translation>%1 већ садржи радни простор; остављен је какав јесте. Изаберите другу фасциклу.</translation>
    </message>
    <message>
        <source>The workspace is locked; unlock it first.</source>
        <translation>Радни простор је закључан; најпре га откључајте.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not belong to this key file; it was left as it is. Restore the workspace from a backup.</source>
        <translation>База података %1 је оштећена или не припада овој датотеци кључева; остављена је каква јесте. Вратите радни простор из резервне копије.</translation>
    </message>
    <message>
        <source>The database %1 is missing or damaged; it was left as it is. Restore the workspace from a backup.</source>
        <translation>База података %1 недостаје или је оштећена; остављена је каква јесте. Вратите радни простор из резервне копије.</translation>
    </message>
    <message>
        <source>The key file %1 is missing: this folder holds no workspace. Choose the right folder or restore a backup.</source>
        <translation>Датотека кључева %1 недостаје: ова фасцикла не садржи радни простор. Изаберите праву фасциклу или вратите резервну копију.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is. Restore it from a backup.</source>
        <translation>Датотека кључева %1 је оштећена; остављена је каква јесте. Вратите је из резервне копије.</translation>
    </message>
    <message>
        <source>%1 is not a case file: import a .json, .jsonl or .csv file.</source>
        <translation>%1 није датотека са предметима: увезите датотеку .json, .jsonl или .csv.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 је празна: нема шта да се увезе.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON. Check that the file was exported completely.</source>
        <translation>%1 није исправан JSON. Проверите да ли је датотека потпуно извезена.</translation>
    </message>
    <message>
        <source>%1 is not valid CSV. Check that the file was exported completely.</source>
        <translation>%1 није исправан CSV. Проверите да ли је датотека потпуно извезена.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it again as UTF-8 and retry.</source>
        <translation>%1 није UTF-8 текст. Сачувајте је поново као UTF-8 и покушајте опет.</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path.</source>
        <translation>%1 не постоји; проверите путању.</translation>
    </message>
    <message>
        <source>%1 holds no cases: there is nothing to import.</source>
        <translation>%1 не садржи ниједан предмет: нема шта да се увезе.</translation>
    </message>
    <message>
        <source>Case %1 is not in this workspace (any more).</source>
        <translation>Предмет %1 (више) није у овом радном простору.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и још %1.</translation>
    </message>
    <message>
        <source>Please correct these fields</source>
        <translation>Молимо исправите ова поља</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields below and try again:</source>
        <translation>Ништа није сачувано. Исправите поља испод и покушајте поново:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отказано; ништа није промењено.</translation>
    </message>
    <message>
        <source>Workspace locked</source>
        <translation>Радни простор је закључан</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>Ово није могуће</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>Радни простор је заузет</translation>
    </message>
    <message>
        <source>The workspace is busy in another window or command; try again in a moment.</source>
        <translation>Радни простор је заузет у другом прозору или команди; покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Нешто није у реду</translation>
    </message>
    <message>
        <source>An internal error (%1) stopped this action; nothing more was changed. Details without personal data were written to the log in the workspace folder. If it happens again, restart FieldApp.</source>
        <translation>Унутрашња грешка (%1) је прекинула ову радњу; ништа више није промењено. Појединости без личних података уписане су у дневник у фасцикли радног простора. Ако се понови, поново покрените FieldApp.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Ознака предмета</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Број предмета</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Врста предмета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Municipality of return</source>
        <translation>Општина повратка</translation>
    </message>
    <message>
        <source>Settlement of return</source>
        <translation>Насеље повратка</translation>
    </message>
    <message>
        <source>Return mode</source>
        <translation>Начин повратка</translation>
    </message>
    <message>
        <source>Intention registered on</source>
        <translation>Намера забележена</translation>
    </message>
    <message>
        <source>Municipality of origin</source>
        <translation>Општина порекла</translation>
    </message>
    <message>
        <source>Settlement of origin</source>
        <translation>Насеље порекла</translation>
    </message>
    <message>
        <source>Displacement category</source>
        <translation>Категорија расељења</translation>
    </message>
    <message>
        <source>Place of displacement</source>
        <translation>Место расељења</translation>
    </message>
    <message>
        <source>Displaced since</source>
        <translation>Расељен од</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Датум интервјуа</translation>
    </message>
    <message>
        <source>Place of interview</source>
        <translation>Место интервјуа</translation>
    </message>
    <message>
        <source>Interviewing officer</source>
        <translation>Службеник који је водио интервју</translation>
    </message>
    <message>
        <source>Language of interview</source>
        <translation>Језик интервјуа</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Присутан преводилац</translation>
    </message>
    <message>
        <source>Interpreter's name</source>
        <translation>Име преводиоца</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Белешке са интервјуа</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Чланови домаћинства</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Писмо</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Датум рођења</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <translation>Сродство са носиоцем</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Лични број</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Поседована документа</translation>
    </message>
    <message>
        <source>Community (self-declared)</source>
        <translation>Заједница (по изјашњењу)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидитет</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Хронична болест</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образовање</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Занимање</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Жељени језик</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Статус имовине</translation>
    </message>
    <message>
        <source>Cadastral municipality</source>
        <translation>Катастарска општина</translation>
    </message>
    <message>
        <source>Cadastral zone</source>
        <translation>Катастарска зона</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Парцела</translation>
    </message>
    <message>
        <source>Evidence held</source>
        <translation>Поседовани докази</translation>
    </message>
    <message>
        <source>KPCVA claim number</source>
        <translation>Број захтева у КАУВИ</translation>
    </message>
    <message>
        <source>KPCVA claim decision</source>
        <translation>Одлука КАУВИ по захтеву</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Рањивости</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребе</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Обрада личних података</translation>
    </message>
    <message>
        <source>Sharing with partner organisations</source>
        <translation>Дељење са партнерским организацијама</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографије</translation>
    </message>
    <message>
        <source>Sensitive data (community, health)</source>
        <translation>Осетљиви подаци (заједница, здравље)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Датум сагласности</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Сагласност забележио</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Белешке</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Члан %1</translation>
    </message>
    <message>
        <source>Need %1</source>
        <translation>Потреба %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Белешка %1</translation>
    </message>
    <message>
        <source>Assistance item %1</source>
        <translation>Ставка помоћи %1</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Упућивање %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FieldApp — first start</source>
        <translation>FieldApp — прво покретање</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Даље &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Направи радни простор</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Workspace folder</source>
        <translation>Фасцикла радног простора</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Прављење шифрованог радног простора…</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Где чувати радни простор</translation>
    </message>
    <message>
        <source>All cases are kept encrypted in one folder on this laptop.</source>
        <translation>Сви предмети се чувају шифровани у једној фасцикли на овом лаптопу.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Фасцикла:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Прегледај…</translation>
    </message>
    <message>
        <source>The suggested folder is right for most laptops. Choose another one only if your office asks you to.</source>
        <translation>Предложена фасцикла одговара већини лаптопова. Изаберите другу само ако то тражи ваша канцеларија.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>To</source>
        <translation>У</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>The case has not been saved yet.</source>
        <translation>Предмет још није сачуван.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отказивање…</translation>
    </message>
    <message>
        <source>Checking the records… %1 of %2</source>
        <translation>Провера записа… %1 од %2</translation>
    </message>
    <message>
        <source>Writing the cases… %1 of %2</source>
        <translation>Уписивање предмета… %1 од %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читање датотеке…</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Увезено предмета: %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отказано; ништа није увезено.</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported. Correct the problems listed below in the file, then import it again.</source>
        <translation>Датотека је одбијена и ништа није увезено. Исправите у датотеци проблеме наведене испод, па је поново увезите.</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Увоз предмета</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Датотека: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поље</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Дозвољене вредности</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>Добро дошли у FieldApp</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Изаберите језик апликације.</translation>
    </message>
    <message>
        <source>You can change it at any time from the Settings menu.</source>
        <translation>Можете га променити у било ком тренутку из менија Подешавања.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation>Увоз предмета</translation>
    </message>
    <message>
        <source>Case files (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Датотеке са предметима (*.json *.jsonl *.csv);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Увезено предмета: %1.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Увоз је отказан; ништа није увезено.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Аутоматско закључавање</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Закључај после оволико минута без уноса:</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Радни простор: %1</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>Службеник: %1 (%2)</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Предмета: %1</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Чека синхронизацију: %1</translation>
    </message>
    <message>
        <source>Changes on this laptop not yet acknowledged by HQ</source>
        <translation>Измене на овом лаптопу које седиште још није потврдило</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>FieldApp — %1</source>
        <translation>FieldApp — %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Предмет</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;риказ</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизација</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Подешавања</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помоћ</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Трака са алаткама</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нови предмет</translation>
    </message>
    <message>
        <source>Record a new household (Ctrl+N)</source>
        <translation>Упиши ново домаћинство (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Save the open case (Ctrl+S)</source>
        <translation>Сачувај отворени предмет (Ctrl+S)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Листа предмета</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Назад на листу предмета</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Увези предмете…</translation>
    </message>
    <message>
        <source>Import cases from a JSON or CSV file</source>
        <translation>Увези предмете из JSON или CSV датотеке</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Обрасци…</translation>
    </message>
    <message>
        <source>Print the forms of the open case</source>
        <translation>Одштампај обрасце отвореног предмета</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions</source>
        <translation>Пошаљи измене седишту и прими одлуке</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Закључај</translation>
    </message>
    <message>
        <source>Lock now: the passphrase is needed to continue (Ctrl+L)</source>
        <translation>Закључај сада: за наставак је потребна лозинка (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>Close FieldApp</source>
        <translation>Затвори FieldApp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Претрага</translation>
    </message>
    <message>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Претражи предмете (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Следећи одељак</translation>
    </message>
    <message>
        <source>Next tab of the case (Ctrl+PgDown)</source>
        <translation>Следећа картица предмета (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Претходни одељак</translation>
    </message>
    <message>
        <source>Previous tab of the case (Ctrl+PgUp)</source>
        <translation>Претходна картица предмета (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Аутоматско закључавање…</translation>
    </message>
    <message>
        <source>How long FieldApp waits before locking itself</source>
        <translation>Колико FieldApp чека пре него што се сам закључа</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;О програму FieldApp</translation>
    </message>
    <message>
        <source>Versions and licence</source>
        <translation>Верзије и лиценца</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Recognised from the letters</source>
        <translation>Препознаје се по словима</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Има инвалидитет</translation>
    </message>
    <message>
        <source>Has a chronic illness</source>
        <translation>Има хроничну болест</translation>
    </message>
    <message>
        <source>Year, or YYYY-MM-DD</source>
        <translation>Година, или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>10 or 13 digits</source>
        <translation>10 или 13 цифара</translation>
    </message>
    <message>
        <source>As written, in either script</source>
        <translation>Како је написано, на било ком писму</translation>
    </message>
    <message>
        <source>Community, disability and chronic illness are sensitive data: they can be recorded once sensitive-data consent is ticked on the Consent tab.</source>
        <translation>Заједница, инвалидитет и хронична болест су осетљиви подаци: могу се уписати када се на картици Сагласност означи сагласност за осетљиве податке.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Носилац</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Remove member</source>
        <translation>Уклони члана</translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation>Уклонити овог члана из домаћинства?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Задржи</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Додај члана</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Помери горе</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Помери доле</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Постави за носиоца</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Изабрани члан</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Појединости (необавезно)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>No notes yet.</source>
        <translation>Још нема белешки.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Додај &amp;белешку</translation>
    </message>
    <message>
        <source>Write a new note…</source>
        <translation>Напишите нову белешку…</translation>
    </message>
    <message>
        <source>Notes cannot be changed or removed once added; they are shared with your office.</source>
        <translation>Белешке се не могу мењати ни брисати када се додају; деле се са вашом канцеларијом.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who will use this laptop?</source>
        <translation>Ко ће користити овај лаптоп?</translation>
    </message>
    <message>
        <source>Your name is recorded on the cases you create. Other officers can be added later.</source>
        <translation>Ваше име се бележи на предметима које направите. Остали службеници могу се додати касније.</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>&amp;Име службеника:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Општина:</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Куцајте за претрагу</translation>
    </message>
    <message>
        <source>The municipality is where you register cases; every new case starts there.</source>
        <translation>Општина је место где уписујете предмете; сваки нови предмет почиње тамо.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Јачина: веома слаба</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Јачина: слаба</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Јачина: средња</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Јачина: добра</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Јачина: јака</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Користите најмање %1 знакова.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две лозинке се разликују.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Изаберите лозинку</translation>
    </message>
    <message>
        <source>It protects every case on this laptop. Nobody can open the data without it.</source>
        <translation>Она штити сваки предмет на овом лаптопу. Без ње нико не може отворити податке.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Поновите је:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words only you know are easier to remember than symbols. Write it nowhere on the laptop.</source>
        <translation>Користите најмање %1 знакова; неколико речи које само ви знате лакше се памти од симбола. Нигде је не записујте на лаптопу.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Required.</source>
        <translation>Обавезно.</translation>
    </message>
    <message>
        <source>This field is not part of the case format.</source>
        <translation>Ово поље није део формата предмета.</translation>
    </message>
    <message>
        <source>This column is not part of the case format.</source>
        <translation>Ова колона није део формата предмета.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>Недостаје ова обавезна колона.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Мора бити текст.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Предугачко: највише %1 знакова.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Садржи невидљиве контролне знакове; откуцајте поново.</translation>
    </message>
    <message>
        <source>%1 is not in the list; pick a value from the list.</source>
        <translation>%1 није на листи; изаберите вредност са листе.</translation>
    </message>
    <message>
        <source>Must be a list of values from the code list.</source>
        <translation>Мора бити листа вредности из шифарника.</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one and put the details in its note.</source>
        <translation>%1 је наведено два пута; задржите једно и упишите појединости у његову белешку.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 је наведено два пута.</translation>
    </message>
    <message>
        <source>Must be yes or no (true or false).</source>
        <translation>Мора бити да или не (true или false).</translation>
    </message>
    <message>
        <source>Write the year (1968), year and month (1968-03) or the full date (1968-03-21).</source>
        <translation>Упишите годину (1968), годину и месец (1968-03) или пун датум (1968-03-21).</translation>
    </message>
    <message>
        <source>Write the full date as year-month-day, for example 2026-11-20.</source>
        <translation>Упишите пун датум као година-месец-дан, на пример 2026-11-20.</translation>
    </message>
    <message>
        <source>The year %1 is before %2; check it.</source>
        <translation>Година %1 је пре %2; проверите је.</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 није датум из календара.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 је у будућности.</translation>
    </message>
    <message>
        <source>Write the date consent was recorded.</source>
        <translation>Упишите датум када је сагласност забележена.</translation>
    </message>
    <message>
        <source>Add at least one household member.</source>
        <translation>Додајте бар једног члана домаћинства.</translation>
    </message>
    <message>
        <source>More than %1 members in one household; split the case.</source>
        <translation>Више од %1 чланова у једном домаћинству; поделите предмет.</translation>
    </message>
    <message>
        <source>The name is written in Cyrillic: choose the Cyrillic script.</source>
        <translation>Име је написано ћирилицом: изаберите ћирилицу.</translation>
    </message>
    <message>
        <source>The name holds Latin letters: choose the Latin script, or write it in Cyrillic only.</source>
        <translation>Име садржи латинична слова: изаберите латиницу или га напишите само ћирилицом.</translation>
    </message>
    <message>
        <source>Sensitive data: record sensitive-data consent first, or leave it empty.</source>
        <translation>Осетљиви подаци: најпре забележите сагласност за осетљиве податке или оставите празно.</translation>
    </message>
    <message>
        <source>Must be 10 digits (Kosovo personal number) or 13 digits (JMBG).</source>
        <translation>Мора имати 10 цифара (лични број Косова) или 13 цифара (JMBG).</translation>
    </message>
    <message>
        <source>No member is the head of household: mark exactly one as head.</source>
        <translation>Ниједан члан није носилац домаћинства: означите тачно једног као носиоца.</translation>
    </message>
    <message>
        <source>Two members are marked head of household: exactly one is allowed.</source>
        <translation>Два члана су означена као носиоци домаћинства: дозвољен је тачно један.</translation>
    </message>
    <message>
        <source>%1 is already in this workspace.</source>
        <translation>%1 је већ у овом радном простору.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 се појављује два пута у датотеци.</translation>
    </message>
    <message>
        <source>%1 is not a municipality code.</source>
        <translation>%1 није шифра општине.</translation>
    </message>
    <message>
        <source>%1 is not a valid case id.</source>
        <translation>%1 није исправна ознака предмета.</translation>
    </message>
    <message>
        <source>%1 is not a case number like %2.</source>
        <translation>%1 није број предмета попут %2.</translation>
    </message>
    <message>
        <source>%1 is not a status this type of case can have.</source>
        <translation>%1 није статус који ова врста предмета може имати.</translation>
    </message>
    <message>
        <source>%1 is not a supported format.</source>
        <translation>%1 није подржан формат.</translation>
    </message>
    <message>
        <source>Has the wrong shape for the case format.</source>
        <translation>Има погрешан облик за формат предмета.</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>Овај ред има више ћелија него што заглавље има колона.</translation>
    </message>
    <message>
        <source>Required: it groups the rows of one case.</source>
        <translation>Обавезно: групише редове једног предмета.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same case.</source>
        <translation>Разликује се од реда %1 истог предмета.</translation>
    </message>
    <message>
        <source>This field cannot be changed by an edit.</source>
        <translation>Ово поље се не може променити изменом.</translation>
    </message>
    <message>
        <source>Must be a number, zero or more.</source>
        <translation>Мора бити број, нула или више.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Запис %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ред %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ред %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>New case</source>
        <translation>Нови предмет</translation>
    </message>
    <message>
        <source>last typed %1</source>
        <translation>последњи унос %1</translation>
    </message>
    <message>
        <source>Recovered work</source>
        <translation>Враћени рад</translation>
    </message>
    <message>
        <source>FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. Restore it to continue where you stopped.</source>
        <translation>FieldApp је затворен док сте куцали. Ваш несачувани рад је задржан, шифрован. Вратите га да бисте наставили где сте стали.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Одбаци</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Касније</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Унесите своју лозинку.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Превише погрешних лозинки заредом.</translation>
    </message>
    <message>
        <source>Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Погрешна лозинка (неуспелих покушаја: %1). Проверите распоред тастатуре и Caps Lock, па покушајте поново.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Сада можете покушати поново.</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation>Сачекајте %1 с пре следећег покушаја.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Откључавање…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Откључај</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>The workspace is locked. Choose your name and type your passphrase.</source>
        <translation>Радни простор је закључан. Изаберите своје име и унесите лозинку.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Службеник:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша лозинка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Језик</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Фасцикла радног простора</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>FieldApp — unlock</source>
        <translation>FieldApp — откључавање</translation>
    </message>
</context>
<context>
    <name>VulnerabilitySection</name>
    <message>
        <source>Vulnerability score: %1</source>
        <translation>Бодови рањивости: %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked.</source>
        <translation>Није означена ниједна рањивост.</translation>
    </message>
    <message>
        <source>The number after each flag is its weight. No official matrix is published: offices set the weights in the reference data.</source>
        <translation>Број после сваке ознаке је њен пондер. Званична матрица није објављена: канцеларије одређују пондере у референтним подацима.</translation>
    </message>
</context>
</TS>
