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
    <name>AssistanceSection</name>
    <message>
        <source>House reconstruction</source>
        <translation>Реконструкција куће</translation>
    </message>
    <message>
        <source>House repair</source>
        <translation>Поправка куће</translation>
    </message>
    <message>
        <source>Food for about three months</source>
        <translation>Храна за око три месеца</translation>
    </message>
    <message>
        <source>Non-food items</source>
        <translation>Непрехрамбени артикли</translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation>Огревно дрво</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Намештај</translation>
    </message>
    <message>
        <source>Income-generation grant</source>
        <translation>Грант за остваривање прихода</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Испоручено</translation>
    </message>
    <message>
        <source>Remove “%1” from the assistance items?</source>
        <translation>Уклонити „%1“ из ставки помоћи?</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Додај ставку</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Изабрана ставка</translation>
    </message>
    <message>
        <source>Pick from the return package or write the item</source>
        <translation>Изаберите из пакета за повратак или упишите ставку</translation>
    </message>
    <message>
        <source>A number, e.g. 1 or 2.5</source>
        <translation>Број, нпр. 1 или 2,5</translation>
    </message>
    <message>
        <source>The harmonised return package is offered as you type the item; any other item can be written out. Marking an item delivered asks for the handover date. Once the case is saved, Forms… (Ctrl+P) prints the handover receipt.</source>
        <translation>Усаглашени пакет за повратак нуди се док уписујете ставку; свака друга ставка може се уписати у целости. Када се ставка означи као испоручена, тражи се датум примопредаје. Када се предмет сачува, Обрасци… (Ctrl+P) штампају потврду о примопредаји.</translation>
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
        <source>(no comment)</source>
        <translation>(без коментара)</translation>
    </message>
    <message>
        <source>Returned by %1 on %2. The case can be edited again; correct it and submit it again.
“%3”</source>
        <translation>Враћено од стране %1 дана %2. Предмет поново може да се мења; исправите га и поново га поднесите.
„%3”</translation>
    </message>
    <message>
        <source>This case was changed here and at HQ at the same time. HQ kept its values for the fields in conflict; the form shows them now.</source>
        <translation>Овај предмет је измењен овде и у седишту у исто време. Седиште је задржало своје вредности за поља у сукобу; образац их сада приказује.</translation>
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
        <source>This case is decided: only assistance and referrals can still be recorded. Notes can still be added.</source>
        <translation>О овом предмету је одлучено: још се могу бележити само помоћ и упућивања. Белешке се и даље могу додавати.</translation>
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
        <source>Assistance</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упућивања</translation>
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
        <source>Show both values…</source>
        <translation>Прикажи обе вредности…</translation>
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
    <message>
        <source>Refused by HQ</source>
        <translation>Одбијено у седишту</translation>
    </message>
    <message>
        <source>Changed on this laptop; HQ has not received the change yet.</source>
        <translation>Измењено на овом лаптопу; седиште још није примило измену.</translation>
    </message>
    <message>
        <source>HQ holds this case exactly as this laptop does.</source>
        <translation>Седиште има овај предмет тачно онакав какав је на овом лаптопу.</translation>
    </message>
    <message>
        <source>Changed here and at HQ at the same time: HQ kept its values. Open the case to see both.</source>
        <translation>Измењено овде и у седишту у исто време: седиште је задржало своје вредности. Отворите предмет да видите обе.</translation>
    </message>
    <message>
        <source>HQ refused a change to this case; Sync ▸ Conflicts shows HQ's reason.</source>
        <translation>Седиште је одбило измену овог предмета; Синхронизација ▸ Сукоби приказује разлог.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2:
%3</source>
        <translation>Враћено од стране %1 дана %2:
%3</translation>
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
    <name>CaseSheet</name>
    <message>
        <source>Choose a case in the queue to see it here, laid out for a decision.</source>
        <translation>Изаберите предмет у реду да бисте га овде видели, припремљен за одлуку.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Врста предмета</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Место повратка</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Чека</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дана</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Могући дупликати</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Дупликат предмета</translation>
    </message>
    <message>
        <source>Household (%1 members)</source>
        <translation>Домаћинство (чланова: %1)</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>Ниједан члан није уписан.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравље</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребе</translation>
    </message>
    <message>
        <source>No needs recorded.</source>
        <translation>Ниједна потреба није уписана.</translation>
    </message>
    <message>
        <source>Vulnerabilities — score %1</source>
        <translation>Рањивости — бодови %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked: the score is 0.</source>
        <translation>Ниједна рањивост није означена: бодова је 0.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Ознака</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Тежина</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Расељење и повратак</translation>
    </message>
    <message>
        <source>Property and claim</source>
        <translation>Имовина и захтев</translation>
    </message>
    <message>
        <source>No property recorded.</source>
        <translation>Имовина није уписана.</translation>
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
        <source>No notes.</source>
        <translation>Нема белешки.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>History and earlier decisions</source>
        <translation>Историја и раније одлуке</translation>
    </message>
    <message>
        <source>No moves recorded yet.</source>
        <translation>Још није уписан ниједан корак.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Корак</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Case for decision</source>
        <translation>Предмет за одлуку</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>No consent to processing is recorded.</source>
        <translation>Није уписана сагласност за обраду података.</translation>
    </message>
    <message>
        <source>(press %1 to compare them side by side)</source>
        <translation>(притисните %1 да бисте их упоредили један поред другог)</translation>
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
    <name>Caseload</name>
    <message>
        <source>Case&amp;load</source>
        <translation>&amp;Предмети општине</translation>
    </message>
    <message>
        <source>Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)</source>
        <translation>Сви предмети општине: број по статусу, додела, групни прелази (Ctrl+M)</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Бр. предмета</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Насеље</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребе</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бодови</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Чека (дана)</translation>
    </message>
    <message>
        <source>Assigned to this officer</source>
        <translation>Додељен овом службенику</translation>
    </message>
    <message>
        <source>In this status since %1</source>
        <translation>У овом статусу од %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Сви: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <source>Selected: %1</source>
        <translation>Изабрано: %1</translation>
    </message>
    <message>
        <source>Pick the officer to assign the cases to.</source>
        <translation>Изаберите службеника коме се додељују предмети.</translation>
    </message>
    <message>
        <source>Moving a case to “%1” needs a comment saying why: write it in the comment field.</source>
        <translation>Прелазак предмета у „%1” тражи коментар са разлогом: упишите га у поље за коментар.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Све</translation>
    </message>
    <message>
        <source>Name, case number or place</source>
        <translation>Име, број предмета или место</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Претрага</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Општина</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Насеље</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>Слу&amp;жбеник</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>По&amp;треба</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Бодова &amp;најмање</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Обриши филтере</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Додели</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Додели</translation>
    </message>
    <message>
        <source>Assign the selected cases to this field officer of the municipality</source>
        <translation>Додели изабране предмете овом теренском службенику општине</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Премести у</translation>
    </message>
    <message>
        <source>Comment (where the move needs one)</source>
        <translation>Коментар (када га прелазак тражи)</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Пре&amp;мести</translation>
    </message>
    <message>
        <source>Make this workflow move for every selected case that allows it</source>
        <translation>Изврши овај прелазак за сваки изабрани предмет који га дозвољава</translation>
    </message>
    <message>
        <source>Double-click a case to open it; select several to act on them together</source>
        <translation>Двапут кликните предмет да га отворите; изаберите више њих да бисте радили с њима заједно</translation>
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
    <name>Conflicts</name>
    <message>
        <source>Origin</source>
        <translation>Порекло</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Расељење</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервју</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Имовина</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Сагласност</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>HQ kept this value; it is what the case holds now.</source>
        <translation>Седиште је задржало ову вредност; њу предмет сада садржи.</translation>
    </message>
    <message>
        <source>This laptop's value, changed here on %1.</source>
        <translation>Вредност са овог лаптопа, измењена овде %1.</translation>
    </message>
    <message>
        <source>This laptop's value.</source>
        <translation>Вредност са овог лаптопа.</translation>
    </message>
    <message>
        <source>Conflicts with HQ</source>
        <translation>Сукоби са седиштем</translation>
    </message>
    <message>
        <source>These fields were changed on this laptop and at HQ at the same time. HQ kept its value (the case shows it now) and recorded this laptop's value; a reviewer at HQ decides which stays. If this laptop's value is right, tell your supervisor, or add a note to the case.</source>
        <translation>Ова поља су измењена на овом лаптопу и у седишту у исто време. Седиште је задржало своју вредност (предмет је сада приказује) и забележило вредност са овог лаптопа; рецензент у седишту одлучује која остаје. Ако је вредност са овог лаптопа тачна, јавите свом супервизору или додајте белешку предмету.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поље</translation>
    </message>
    <message>
        <source>Kept by HQ</source>
        <translation>Задржало седиште</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>На овом лаптопу</translation>
    </message>
    <message>
        <source>Changes HQ refused (the case was sent again from HQ):</source>
        <translation>Измене које је седиште одбило (предмет је поново послат из седишта):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>HQ's reason</source>
        <translation>Разлог седишта</translation>
    </message>
    <message>
        <source>No conflicts: this laptop and HQ agree on every case.</source>
        <translation>Нема сукоба: овај лаптоп и седиште се слажу за сваки предмет.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Отвори предмет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Comment (required): say why. The officer reads it with the case; it is recorded in the case history.</source>
        <translation>Коментар (обавезан): наведите зашто. Службеник га чита уз предмет; уписује се у историју предмета.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Коментар (није обавезан), уписује се у историју предмета:</translation>
    </message>
    <message>
        <source>This case will be marked as a duplicate of %1.</source>
        <translation>Овај предмет биће означен као дупликат предмета %1.</translation>
    </message>
    <message>
        <source>Pick the original in the list: the case this one duplicates.</source>
        <translation>Изаберите оригинал са листе: предмет који овај удвостручује.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Упиши одлуку</translation>
    </message>
    <message>
        <source>Write a comment first: “%1” needs one, so the officer knows what to do.</source>
        <translation>Најпре напишите коментар: „%1” га захтева, да би службеник знао шта да уради.</translation>
    </message>
    <message>
        <source>Pick the original first: a duplicate names the case it duplicates.</source>
        <translation>Најпре изаберите оригинал: дупликат наводи предмет који удвостручује.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Одлука о предмету %1</translation>
    </message>
    <message>
        <source>Why this decision; for a return, what to correct</source>
        <translation>Зашто ова одлука; код враћања, шта треба исправити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter); it reaches HQ with the next sync</source>
        <translation>Упиши одлуку (Ctrl+Enter); стиже у седиште са следећом синхронизацијом</translation>
    </message>
</context>
<context>
    <name>DuplicatePicker</name>
    <message>
        <source>%1 is held in %2, not on this laptop: ask that office or headquarters to compare the two households.</source>
        <translation>%1 се води у %2, не на овом лаптопу: замолите ту канцеларију или седиште да упореде ова два домаћинства.</translation>
    </message>
    <message>
        <source>Not the same household</source>
        <translation>Није исто домаћинство</translation>
    </message>
    <message>
        <source>The case compared is another household: it is not offered as a possible duplicate again, here or at headquarters.</source>
        <translation>Упоређени предмет је друго домаћинство: више се не нуди као могући дупликат, ни овде ни у седишту.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Резултати претраге</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Могући дупликати</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Вероватноћа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зашто</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>Ниједан предмет не одговара овој претрази.</translation>
    </message>
    <message>
        <source>No possible duplicate was found. Search for the original by name, case number or personal number.</source>
        <translation>Није пронађен ниједан могући дупликат. Потражите оригинал по имену, броју предмета или личном броју.</translation>
    </message>
    <message>
        <source>Search another case: name, case number, personal number…</source>
        <translation>Потражите други предмет: име, број предмета, лични број…</translation>
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
    <name>EnrolDialog</name>
    <message>
        <source>Contacting HQ…</source>
        <translation>Повезивање са седиштем…</translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ at %1 as %2 (%3).</source>
        <translation>Овај лаптоп је регистрован у седишту на %1 као %2 (%3).</translation>
    </message>
    <message>
        <source>HQ's certificate fingerprint is:
%1
Check with HQ that it is theirs before the first sync.</source>
        <translation>Отисак сертификата седишта је:
%1
Пре прве синхронизације проверите са седиштем да је њихов.</translation>
    </message>
    <message>
        <source>Enrolled with HQ</source>
        <translation>Регистровано у седишту</translation>
    </message>
    <message>
        <source>Enrol with HQ</source>
        <translation>Регистрација у седишту</translation>
    </message>
    <message>
        <source>HQ gives each laptop a single-use enrolment code. Enter HQ's address and the code; if HQ also gave you the certificate fingerprint, enter it too, so that this laptop only ever talks to the real HQ.</source>
        <translation>Седиште даје сваком лаптопу код за регистрацију за једнократну употребу. Унесите адресу седишта и код; ако вам је седиште дало и отисак сертификата, унесите и њега, да би овај лаптоп разговарао само са правим седиштем.</translation>
    </message>
    <message>
        <source>HQ &amp;address:</source>
        <translation>&amp;Адреса седишта:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Код за регистрацију:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Отисак сертификата:</translation>
    </message>
    <message>
        <source>Optional: SHA-256, as HQ printed it</source>
        <translation>Необавезно: SHA-256, како га је седиште одштампало</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Региструј</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
        <source>Something went wrong</source>
        <translation>Нешто није у реду</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
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
    <name>FormsDialog</name>
    <message>
        <source>The form was not saved</source>
        <translation>Образац није сачуван</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved there; choose another folder, or free some space, and try again.</source>
        <translation>%1 није могла да се упише (%2). Ништа није сачувано тамо; изаберите другу фасциклу или ослободите простор и покушајте поново.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страна %1</translation>
    </message>
    <message>
        <source>The form is ready to save; its pages cannot be shown here.</source>
        <translation>Образац је спреман за чување; његове стране не могу да се прикажу овде.</translation>
    </message>
    <message>
        <source>Preview: %1 page(s). Nothing is written to disk until you save.</source>
        <translation>Преглед: страна: %1. Ништа се не уписује на диск док не сачувате.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Радни простор је закључан.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Припрема прегледа…</translation>
    </message>
    <message>
        <source>The preview cannot be shown: this installation of FieldApp lacks its PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be saved as PDF; printing from here needs the preview too.</source>
        <translation>Преглед не може да се прикаже: овој инсталацији програма FieldApp недостаје PDF приказивач (pypdfium2). Поново инсталирајте FieldApp. Образац и даље може да се сачува као PDF; штампање одавде такође захтева преглед.</translation>
    </message>
    <message>
        <source>The pages of this form could not be shown here. The form can still be saved as PDF and opened in a PDF reader.</source>
        <translation>Стране овог обрасца нису могле да се прикажу овде. Образац и даље може да се сачува као PDF и отвори у читачу PDF датотека.</translation>
    </message>
    <message>
        <source>Forms — %1</source>
        <translation>Обрасци — %1</translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation>Сачувај образац као PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сачувано у %1.</translation>
    </message>
    <message>
        <source>Saved to %1. The case had changed since the preview; the file holds the case as it is now.</source>
        <translation>Сачувано у %1. Предмет се променио после прегледа; датотека садржи предмет какав је сада.</translation>
    </message>
    <message>
        <source>Print the form</source>
        <translation>Штампање обрасца</translation>
    </message>
    <message>
        <source>Sending the form to the printer…</source>
        <translation>Слање обрасца штампачу…</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Послато штампачу: страна: %1.</translation>
    </message>
    <message>
        <source>The form was not printed</source>
        <translation>Образац није одштампан</translation>
    </message>
    <message>
        <source>The printer could not be prepared for this form. Check the printer, or save the form as PDF and print it from a PDF reader.</source>
        <translation>Штампач није могао да се припреми за овај образац. Проверите штампач или сачувајте образац као PDF и одштампајте га из читача PDF датотека.</translation>
    </message>
    <message>
        <source>Choose the folder for the forms</source>
        <translation>Изаберите фасциклу за обрасце</translation>
    </message>
    <message>
        <source>Cancelling after the form being written…</source>
        <translation>Отказивање после обрасца који се уписује…</translation>
    </message>
    <message>
        <source>Writing the forms… %1 of %2</source>
        <translation>Уписивање образаца… %1 од %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 forms were written to %3.</source>
        <translation>Заустављено: %1 од %2 образаца је уписано у %3.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>Нису сви обрасци уписани</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 forms were written to %3; each of them is complete.</source>
        <translation>Отказано: %1 од %2 образаца је уписано у %3; сваки од њих је потпун.</translation>
    </message>
    <message>
        <source>Done: %1 forms were written to %2.</source>
        <translation>Готово: %1 образаца је уписано у %2.</translation>
    </message>
    <message>
        <source>Blank form, for filling in by hand</source>
        <translation>Празан образац, за попуњавање руком</translation>
    </message>
    <message>
        <source>%1 cases selected</source>
        <translation>Изабрано предмета: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Празни обрасци</translation>
    </message>
    <message>
        <source>Forms for the selected cases</source>
        <translation>Обрасци за изабране предмете</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Обрасци</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Образац:</translation>
    </message>
    <message>
        <source>Languages on the form</source>
        <translation>Језици на обрасцу</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Latin script</source>
        <translation>Албански и српски латиницом</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Cyrillic script</source>
        <translation>Албански и српски ћирилицом</translation>
    </message>
    <message>
        <source>Also in English</source>
        <translation>И на енглеском</translation>
    </message>
    <message>
        <source>A blank form holds no personal data. Saved blank forms can be shared and printed freely.</source>
        <translation>Празан образац не садржи личне податке. Сачувани празни обрасци могу слободно да се деле и штампају.</translation>
    </message>
    <message>
        <source>One PDF per case is written into the folder you choose, named by case number. Each form is recorded in the audit log. The preview shows the first case.</source>
        <translation>У фасциклу коју изаберете уписује се по један PDF за сваки предмет, назван по броју предмета. Сваки образац се бележи у дневнику ревизије. Преглед приказује први предмет.</translation>
    </message>
    <message>
        <source>Nothing is written to disk until you save. Saving or printing is recorded in the case's audit log.</source>
        <translation>Ништа се не уписује на диск док не сачувате. Чување или штампање се бележи у дневнику ревизије предмета.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сачувај PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
        <source>Save all to a &amp;folder…</source>
        <translation>Сачувај све у &amp;фасциклу…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Item delivered</source>
        <translation>Ставка је испоручена</translation>
    </message>
    <message>
        <source>When was “%1” handed over to the household?</source>
        <translation>Када је „%1“ предато домаћинству?</translation>
    </message>
    <message>
        <source>When was the item handed over to the household?</source>
        <translation>Када је ставка предата домаћинству?</translation>
    </message>
    <message>
        <source>Optional: number of the signed receipt</source>
        <translation>Опционо: број потписане потврде</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Означи као испоручено</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Decided at HQ</source>
        <translation>Одлучено у седишту</translation>
    </message>
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
    <name>HouseholdCard</name>
    <message>
        <source>Pick a possible original in the list to compare it here.</source>
        <translation>Изаберите могући оригинал са листе да бисте га овде упоредили.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домаћинство</translation>
    </message>
    <message>
        <source>Place and property</source>
        <translation>Место и имовина</translation>
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
        <source>%1 of the households imported may already be on this laptop. Compare them before working on them (the review desk shows them side by side):</source>
        <translation>%1 од увезених домаћинстава можда су већ на овом лаптопу. Упоредите их пре него што радите на њима (сто за преглед их приказује једно поред другог):</translation>
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
    <message>
        <source>Imported case</source>
        <translation>Увезени предмет</translation>
    </message>
    <message>
        <source>Possible existing household</source>
        <translation>Могуће постојеће домаћинство</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зашто</translation>
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
        <source>Save the case first</source>
        <translation>Најпре сачувајте предмет</translation>
    </message>
    <message>
        <source>A new case is printed once it has been saved: save it, then open Forms again.</source>
        <translation>Нови предмет се штампа када је сачуван: сачувајте га, па поново отворите Обрасце.</translation>
    </message>
    <message>
        <source>The form shows the case as last saved; the changes not yet saved in the editor are not on it.</source>
        <translation>Образац приказује предмет како је последњи пут сачуван; измене које још нису сачуване у уређивачу нису на њему.</translation>
    </message>
    <message>
        <source>Select the cases first</source>
        <translation>Најпре изаберите предмете</translation>
    </message>
    <message>
        <source>Select the cases in the list (Ctrl or Shift and click, or Ctrl+A for every case found), then choose Forms for selected cases.</source>
        <translation>Изаберите предмете на листи (Цтрл или Схифт и клик, или Ctrl+A за све пронађене предмете), па изаберите Обрасци за изабране предмете.</translation>
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
        <source>Forms for selected &amp;cases…</source>
        <translation>Обрасци за изабране &amp;предмете…</translation>
    </message>
    <message>
        <source>Print one form for every case selected in the list, into a folder</source>
        <translation>Одштампај један образац за сваки предмет изабран на листи, у фасциклу</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Празни обрасци…</translation>
    </message>
    <message>
        <source>Print the paper forms with empty lines, for filling in by hand</source>
        <translation>Одштампај папирне обрасце са празним редовима, за попуњавање руком</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>Панел &amp;синхронизације</translation>
    </message>
    <message>
        <source>Last sync, changes waiting for HQ, conflicts (F5)</source>
        <translation>Последња синхронизација, измене које чекају седиште, сукоби (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизуј &amp;сада</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions (Ctrl+F5)</source>
        <translation>Пошаљи измене седишту и прими одлуке (Ctrl+F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>С&amp;укоби…</translation>
    </message>
    <message>
        <source>Fields changed here and at HQ, with both values</source>
        <translation>Поља измењена овде и у седишту, са обе вредности</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>И&amp;звези пакет…</translation>
    </message>
    <message>
        <source>Write the changes waiting for HQ to a file, for a USB stick</source>
        <translation>Упиши измене које чекају седиште у датотеку, за USB</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Увези одговор…</translation>
    </message>
    <message>
        <source>Apply the answer HQ wrote for this laptop (a bundle file)</source>
        <translation>Примени одговор који је седиште написало за овај лаптоп (датотека пакета)</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Регистрација у седишту…</translation>
    </message>
    <message>
        <source>Register this laptop with HQ using a single-use code</source>
        <translation>Региструј овај лаптоп у седишту помоћу кода за једнократну употребу</translation>
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
    <message>
        <source>Supervisor: %1</source>
        <translation>Супервизор: %1</translation>
    </message>
    <message>
        <source>Municipal office: %1</source>
        <translation>Општинска канцеларија: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Службеник: %1</translation>
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
    <name>PossibleHouseholdDialog</name>
    <message>
        <source>Possible existing household</source>
        <translation>Могуће постојеће домаћинство</translation>
    </message>
    <message>
        <source>This household may already be on the laptop (%1 found). Compare before saving: a household registered twice is counted and helped twice.</source>
        <translation>Ово домаћинство је можда већ на лаптопу (пронађено: %1). Упоредите пре чувања: домаћинство уписано двапут броји се и помаже двапут.</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Назад на образац</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Ипак сачувај</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцена</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зашто</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Counting possible duplicates…</source>
        <translation>Броје се могући дупликати…</translation>
    </message>
    <message>
        <source>Returned to the officer %1 times before</source>
        <translation>Раније враћено службенику пута: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дана</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бодови</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Место повратка</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <source>Dupl.</source>
        <translation>Дупл.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 other cases may be the same household (%2 compares them)</source>
        <translation>Других предмета који могу бити исто домаћинство: %1 (%2 их упоређује)</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Задржи</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Помери горе</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Помери доле</translation>
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
    <name>ReferralsSection</name>
    <message>
        <source>Open</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Centre for Social Work</source>
        <translation>Центар за социјални рад</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>Матична служба</translation>
    </message>
    <message>
        <source>Employment office</source>
        <translation>Канцеларија за запошљавање</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Здравствена служба</translation>
    </message>
    <message>
        <source>Legal aid (property claim)</source>
        <translation>Правна помоћ (имовински захтев)</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Датум упућивања</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Изаберите службу…</translation>
    </message>
    <message>
        <source>Remove this referral?</source>
        <translation>Уклонити ово упућивање?</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>&amp;Додај упућивање</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Изабрано упућивање</translation>
    </message>
    <message>
        <source>What the household needs from the service</source>
        <translation>Шта је домаћинству потребно од службе</translation>
    </message>
    <message>
        <source>Refer the household to a Centre for Social Work, the civil registry, the employment office, a health service or legal aid for a property claim. Once the case is saved, Forms… (Ctrl+P) prints the referral.</source>
        <translation>Упутите домаћинство центру за социјални рад, матичној служби, канцеларији за запошљавање, здравственој служби или правној помоћи за имовински захтев. Када се предмет сачува, Обрасци… (Ctrl+P) штампају упутницу.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Ред за разматрање</translation>
    </message>
    <message>
        <source>Cases waiting for a decision, oldest first (Ctrl+R)</source>
        <translation>Предмети који чекају одлуку, најстарији први (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Врати службенику</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Означи као дупликат</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Означи као неприхватљив</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Повуци</translation>
    </message>
    <message>
        <source>The household qualifies; the case goes on to selection.</source>
        <translation>Домаћинство испуњава услове; предмет иде даље на избор.</translation>
    </message>
    <message>
        <source>The case goes back to its officer to be corrected and submitted again.</source>
        <translation>Предмет се враћа свом службенику да се исправи и поново поднесе.</translation>
    </message>
    <message>
        <source>The household is already recorded in another case, which goes on.</source>
        <translation>Домаћинство је већ уписано у другом предмету, који иде даље.</translation>
    </message>
    <message>
        <source>The household does not meet the criteria; the case ends here.</source>
        <translation>Домаћинство не испуњава критеријуме; предмет се овде завршава.</translation>
    </message>
    <message>
        <source>The household gave up its request; the case ends here.</source>
        <translation>Домаћинство је одустало од захтева; предмет се овде завршава.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дупликат</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Неприхватљив</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Коментар на %1</translation>
    </message>
    <message>
        <source>The comment is kept with the case's notes (it cannot be edited later) and reaches HQ with the next sync.</source>
        <translation>Коментар се чува уз белешке предмета (касније се не може мењати) и стиже у седиште са следећом синхронизацијом.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Додај коментар</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <source>All municipalities</source>
        <translation>Све општине</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Сва насеља</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Сви службеници</translation>
    </message>
    <message>
        <source>Submitted and under review</source>
        <translation>Поднето и у разматрању</translation>
    </message>
    <message>
        <source>Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4</source>
        <translation>Чека: %1 · поднето %2 · у разматрању %3 · могући дупликати %4</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>приказано: %1</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>Ниједан предмет не чека одлуку.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Ниједан предмет не одговара овим филтерима.</translation>
    </message>
    <message>
        <source>Possible duplicates only</source>
        <translation>Само могући дупликати</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Поништи филтере</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Општина</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Насеље</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Службеник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment (%1)</source>
        <translation>Коментар (%1)</translation>
    </message>
    <message>
        <source>A comment without a decision, kept with the case's notes</source>
        <translation>Коментар без одлуке, чува се уз белешке предмета</translation>
    </message>
    <message>
        <source>Every tab of the case, as the officer sees it</source>
        <translation>Све картице предмета, како их службеник види</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Ред за разматрање</translation>
    </message>
    <message>
        <source>Editor (%1)</source>
        <translation>Уређивач (%1)</translation>
    </message>
    <message>
        <source>next or previous case</source>
        <translation>следећи или претходни предмет</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>читај предмет</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>уређивач</translation>
    </message>
    <message>
        <source>search</source>
        <translation>претрага</translation>
    </message>
    <message>
        <source>Search the queue: names in any script, case numbers… (%1)</source>
        <translation>Претражи ред: имена у било ком писму, бројеви предмета… (%1)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Beneficiary &amp;selection</source>
        <translation>&amp;Избор корисника</translation>
    </message>
    <message>
        <source>Approved households ranked by score, with a quota or budget line (Ctrl+B)</source>
        <translation>Одобрена домаћинства рангирана по бодовима, са линијом квоте или буџета (Ctrl+B)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Бр. предмета</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Носилац домаћинства</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Насеље</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Чланови</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бодови</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Састав бодова</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Чека (дана)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
</context>
<context>
    <name>SelectionScreen</name>
    <message>
        <source>Selecting and waitlisting are for supervisors</source>
        <translation>Избор и стављање на листу чекања су за супервизоре</translation>
    </message>
    <message>
        <source>Print the selection list</source>
        <translation>Штампај листу за избор</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>Save the selection list</source>
        <translation>Сачувај листу за избор</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Радне свеске (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Уписано у %1.</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Линија</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Без линије</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>Квота (домаћинства)</translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation>Буџет (износ)</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Домаћинстава</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Буџет</translation>
    </message>
    <message>
        <source>&amp;Cost per household</source>
        <translation>&amp;Трошак по домаћинству</translation>
    </message>
    <message>
        <source>&amp;Select above the line</source>
        <translation>&amp;Изабери изнад линије</translation>
    </message>
    <message>
        <source>&amp;Waitlist below the line</source>
        <translation>На листу &amp;чекања испод линије</translation>
    </message>
    <message>
        <source>Select chosen</source>
        <translation>Изабери означене</translation>
    </message>
    <message>
        <source>Waitlist chosen</source>
        <translation>Означене на листу чекања</translation>
    </message>
    <message>
        <source>&amp;Print list (PDF)…</source>
        <translation>Штам&amp;пај листу (PDF)…</translation>
    </message>
    <message>
        <source>The bilingual list with signature lines for the commission</source>
        <translation>Двојезична листа са линијама за потпис комисије</translation>
    </message>
    <message>
        <source>Save as &amp;workbook…</source>
        <translation>Сачувај као &amp;радну свеску…</translation>
    </message>
    <message>
        <source>The list as a workbook, labels in the language of the app</source>
        <translation>Листа као радна свеска, са ознакама на језику апликације</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin)</source>
        <translation>Албански + српски (латиница)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic)</source>
        <translation>Албански + српски (ћирилица)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin) + English</source>
        <translation>Албански + српски (латиница) + енглески</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic) + English</source>
        <translation>Албански + српски (ћирилица) + енглески</translation>
    </message>
    <message>
        <source>Double-click a household to open its case; select several to act on them together</source>
        <translation>Двапут кликните домаћинство да отворите његов предмет; изаберите више њих да бисте радили с њима заједно</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>This case</source>
        <translation>Овај предмет</translation>
    </message>
    <message>
        <source>Possible original</source>
        <translation>Могући оригинал</translation>
    </message>
    <message>
        <source>Highlighted: the same in both cases (names compared in either script and without diacritics).</source>
        <translation>Истакнуто: исто у оба предмета (имена се упоређују у било ком писму и без дијакритика).</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The connection to HQ was lost</source>
        <translation>Веза са седиштем је прекинута</translation>
    </message>
    <message>
        <source>HQ cannot be reached</source>
        <translation>Седиште није доступно</translation>
    </message>
    <message>
        <source>HQ did not answer as expected</source>
        <translation>Седиште није одговорило како се очекивало</translation>
    </message>
    <message>
        <source>HQ's identity could not be confirmed</source>
        <translation>Идентитет седишта није могао да се потврди</translation>
    </message>
    <message>
        <source>This laptop was revoked by HQ</source>
        <translation>Седиште је опозвало овај лаптоп</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>Није регистрован у седишту</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and enter the address and the code HQ gave you.</source>
        <translation>Овај лаптоп још није регистрован у седишту. Изаберите Синхронизација ▸ Регистрација у седишту… и унесите адресу и код које вам је дало седиште.</translation>
    </message>
    <message>
        <source>The file was refused</source>
        <translation>Датотека је одбијена</translation>
    </message>
    <message>
        <source>The enrolment code was refused</source>
        <translation>Код за регистрацију је одбијен</translation>
    </message>
    <message>
        <source>HQ refused the request</source>
        <translation>Седиште је одбило захтев</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>HQ: %1
Signed in as %2 (%3)</source>
        <translation>Седиште: %1
Корисник: %2 (%3)</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enrol it with the code HQ gave you; until then, work stays on this laptop.</source>
        <translation>Овај лаптоп још није регистрован у седишту. Региструјте га кодом који вам је дало седиште; до тада рад остаје на овом лаптопу.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никад</translation>
    </message>
    <message>
        <source>%1 change(s) in %2 case(s)</source>
        <translation>Измена: %1, предмета: %2</translation>
    </message>
    <message>
        <source>Nothing: HQ has every change</source>
        <translation>Ништа: седиште има све измене</translation>
    </message>
    <message>
        <source>%1 case(s), %2 field(s)</source>
        <translation>Предмета: %1, поља: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нема</translation>
    </message>
    <message>
        <source>%1 case(s): see the highlighted rows</source>
        <translation>Предмета: %1 (истакнути редови)</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Повезивање са седиштем…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Отказивање после текуће групе…</translation>
    </message>
    <message>
        <source>Sending changes: batch %1 of %2 (%3 of %4 changes)</source>
        <translation>Слање измена: група %1 од %2 (%3 од %4 измена)</translation>
    </message>
    <message>
        <source>Nothing to send; asking HQ for news…</source>
        <translation>Нема ништа за слање; траже се новости из седишта…</translation>
    </message>
    <message>
        <source>Receiving updates from HQ: %1 case(s) so far</source>
        <translation>Примање новости из седишта: до сада предмета: %1</translation>
    </message>
    <message>
        <source>Sent %1 · received %2</source>
        <translation>Послато %1 · примљено %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What HQ already confirmed is kept; the rest goes at the next sync.</source>
        <translation>Синхронизација је отказана. Оно што је седиште већ потврдило је сачувано; остатак иде при следећој синхронизацији.</translation>
    </message>
    <message>
        <source>Sync stopped because the workspace was locked. Sync again after unlocking.</source>
        <translation>Синхронизација је заустављена јер је радни простор закључан. Поново синхронизујте после откључавања.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 case update(s) received.</source>
        <translation>Синхронизовано: послато измена: %1, примљено новости о предметима: %2.</translation>
    </message>
    <message>
        <source>Returned by HQ, editable again: %1.</source>
        <translation>Враћено из седишта, поново се може мењати: %1.</translation>
    </message>
    <message>
        <source>%1 case(s) in conflict: see Conflicts.</source>
        <translation>Предмета у сукобу: %1 (погледајте Сукобе).</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s): see Conflicts.</source>
        <translation>Седиште је одбило измена: %1 (погледајте Сукобе).</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the bundle</source>
        <translation>Изаберите USB (или фасциклу) за пакет</translation>
    </message>
    <message>
        <source>Wrote %1 change(s) to %2. Take the file to HQ; the changes stay waiting here until HQ's answer is imported.</source>
        <translation>Уписано измена: %1 у %2. Однесите датотеку у седиште; измене овде чекају док се не увезе одговор седишта.</translation>
    </message>
    <message>
        <source>Import HQ's answer</source>
        <translation>Увоз одговора седишта</translation>
    </message>
    <message>
        <source>FieldApp bundles (*%1);;All files (*)</source>
        <translation>FieldApp пакети (*%1);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>HQ's answer was applied: %1 change(s) confirmed, %2 case update(s) received.</source>
        <translation>Одговор седишта је примењен: потврђено измена: %1, примљено новости о предметима: %2.</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Последња синхронизација:</translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation>Чека слање:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Сукоби:</translation>
    </message>
    <message>
        <source>Refused by HQ:</source>
        <translation>Одбијено у седишту:</translation>
    </message>
    <message>
        <source>Returned by HQ:</source>
        <translation>Враћено из седишта:</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Прикажи &amp;сукобе…</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Регистрација у седишту…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизуј &amp;сада</translation>
    </message>
    <message>
        <source>Send this laptop's changes to HQ and receive decisions, comments and assignments</source>
        <translation>Пошаљи измене са овог лаптопа седишту и прими одлуке, коментаре и доделе</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>No connection?</source>
        <translation>Нема везе?</translation>
    </message>
    <message>
        <source>Take the changes to HQ on a USB stick: export a bundle, and import the answer HQ gives you.</source>
        <translation>Однесите измене у седиште на USB-у: извезите пакет и увезите одговор који вам седиште да.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>И&amp;звези пакет…</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Увези одговор…</translation>
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
