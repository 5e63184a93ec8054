<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kense</source>
        <translation>О программе Kense</translation>
    </message>
    <message>
        <source>Kense — front office of public services in education</source>
        <translation>Kense — фронт-офис государственных услуг в сфере образования</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>Services for intake:</source>
        <translation>Услуги для приёма:</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>&amp;Disable or enable the selected user</source>
        <translation>О&amp;тключить или включить выбранного пользователя</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>работник канцелярии</translation>
    </message>
    <message>
        <source>ЦОН operator</source>
        <translation>оператор ЦОН</translation>
    </message>
    <message>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>По&amp;втор:</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Учреждение</translation>
    </message>
    <message>
        <source>Opens at:</source>
        <translation>Открывается:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Closes at:</source>
        <translation>Закрывается:</translation>
    </message>
    <message>
        <source>&amp;Lunch break</source>
        <translation>&amp;Обеденный перерыв</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Save the &amp;hours</source>
        <translation>Сохранить &amp;часы работы</translation>
    </message>
    <message>
        <source>Services in force at this desk (the intake offers only these):</source>
        <translation>Услуги, действующие на этом рабочем месте (прием предлагает только их):</translation>
    </message>
    <message>
        <source>Save the &amp;services</source>
        <translation>Сохранить у&amp;слуги</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Make a day o&amp;ff</source>
        <translation>Сделать &amp;выходным</translation>
    </message>
    <message>
        <source>Make a &amp;working day</source>
        <translation>Сделать &amp;рабочим</translation>
    </message>
    <message>
        <source>U&amp;ndo the edit</source>
        <translation>&amp;Отменить изменение</translation>
    </message>
    <message>
        <source>akim&apos;s office specialist</source>
        <translation>специалист аппарата акима</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Edit the selected user…</source>
        <translation>Изм&amp;енить выбранного пользователя…</translation>
    </message>
</context>
<context>
    <name>CentralSettingsDialog</name>
    <message>
        <source>Central server</source>
        <translation>Центральный сервер</translation>
    </message>
    <message>
        <source>The desks of the oblast meet in one PostgreSQL database. The password is kept in the system&apos;s keychain, never in the settings file.</source>
        <translation>Рабочие места области сходятся в одной базе данных PostgreSQL. Пароль хранится в хранилище ключей системы, а не в файле настроек.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>П&amp;ользователь</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation>Синхронизировать &amp;каждые</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Шифрование</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;CA certificate</source>
        <translation>Сер&amp;тификат УЦ центра</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Keep sent changes</source>
        <translation>&amp;Хранить отправленные изменения</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Keep this desk&apos;s state</source>
        <translation>&amp;Оставить состояние этого места</translation>
    </message>
    <message>
        <source>&amp;Take the other desk&apos;s change</source>
        <translation>При&amp;нять изменение другого места</translation>
    </message>
    <message>
        <source>Another desk changed these requests from the same state as this desk. Nothing was overwritten: an administrator of the centre decides which state stands, signed in with the centre&apos;s login. The decision reaches every desk at its next sync.</source>
        <translation>Другое рабочее место изменило эти заявки из того же состояния, что и это место. Ничего не перезаписано: какое состояние остаётся, решает администратор центра, войдя под своей учётной записью центра. Решение дойдёт до каждого рабочего места при его следующей синхронизации.</translation>
    </message>
    <message>
        <source>Centre administrator&apos;s &amp;login</source>
        <translation>&amp;Логин администратора центра</translation>
    </message>
    <message>
        <source>&amp;Password at the centre</source>
        <translation>Па&amp;роль в центре</translation>
    </message>
</context>
<context>
    <name>CourierRegistersDialog</name>
    <message>
        <source>Courier registers</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <source>&amp;To the provider:</source>
        <translation>&amp;Услугодателю:</translation>
    </message>
    <message>
        <source>&amp;New register</source>
        <translation>&amp;Новый реестр</translation>
    </message>
    <message>
        <source>&amp;Scan or type a request number:</source>
        <translation>От&amp;сканируйте или введите номер заявления:</translation>
    </message>
    <message>
        <source>S&amp;heets:</source>
        <translation>&amp;Листов:</translation>
    </message>
    <message>
        <source>&amp;Add to the register</source>
        <translation>&amp;Добавить в реестр</translation>
    </message>
    <message>
        <source>&amp;Mark as received</source>
        <translation>&amp;Отметить полученным</translation>
    </message>
    <message>
        <source>Hand to the c&amp;ourier</source>
        <translation>Передать &amp;курьеру</translation>
    </message>
    <message>
        <source>&amp;Receive the scanned register</source>
        <translation>&amp;Принять отсканированный реестр</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Пе&amp;чать реестра…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>Page &amp;setup…</source>
        <translation>Параметры &amp;страницы…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Копий:</translation>
    </message>
    <message>
        <source>How many copies the print makes</source>
        <translation>Сколько экземпляров напечатать</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Choose the service the applicant asks for.</source>
        <translation>Выберите услугу, о которой просит заявитель.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Start with the IIN: a valid one fills the birth date and sex.</source>
        <translation>Начните с ИИН: верный ИИН показывает дату рождения и пол.</translation>
    </message>
    <message>
        <source>The applicant does not come in person: a &amp;representative by power of attorney</source>
        <translation>Заявитель не пришел лично: &amp;представитель по доверенности</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Subject of the service</source>
        <translation>Лицо, в отношении которого оказывается услуга</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Mark each document of the package as an original, a copy or missing.</source>
        <translation>Отметьте каждый документ: оригинал, копия или отсутствует.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Sent by the applicant through the &amp;portal (egov.kz)</source>
        <translation>Подана заявителем через &amp;портал (egov.kz)</translation>
    </message>
    <message>
        <source>Portal request &amp;number:</source>
        <translation>&amp;Номер заявки на портале:</translation>
    </message>
    <message>
        <source>Sent on the portal &amp;at:</source>
        <translation>&amp;Время отправки на портале:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kense</source>
        <translation>Kense</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Number, IIN or name (Ctrl+F)</source>
        <translation>Номер, ИИН или ФИО (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>На&amp;йти</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Print the document…</source>
        <translation>&amp;Печать документа…</translation>
    </message>
    <message>
        <source>Preview and print the document the selected request&apos;s state calls for</source>
        <translation>Просмотреть и напечатать документ, соответствующий состоянию выбранного заявления</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчеты</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчеты…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Printing and calibration…</source>
        <translation>&amp;Печать и калибровка…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Сос&amp;тояние:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>A&amp;ccepted from:</source>
        <translation>Прин&amp;ято с:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Мои</translation>
    </message>
    <message>
        <source>Only the requests whose executor I am</source>
        <translation>Только заявления, где я исполнитель</translation>
    </message>
    <message>
        <source>&amp;Administration: users, office, calendar…</source>
        <translation>&amp;Администрирование: пользователи, учреждение, календарь…</translation>
    </message>
    <message>
        <source>Courier re&amp;gisters…</source>
        <translation>&amp;Реестры…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Sync with the centre now</source>
        <translation>&amp;Синхронизировать с центром сейчас</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Conflicts between desks…</source>
        <translation>&amp;Конфликты между рабочими местами…</translation>
    </message>
    <message>
        <source>&amp;Central server…</source>
        <translation>&amp;Центральный сервер…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kense…</source>
        <translation>&amp;О программе Kense…</translation>
    </message>
    <message>
        <source>Preschool &amp;waiting lists…</source>
        <translation>Очередь в &amp;детские сады…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>Close this user&apos;s windows and ask who works at the desk next (Ctrl+L)</source>
        <translation>Закрыть окна этого пользователя и спросить, кто работает на рабочем месте дальше (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation>&amp;Ждут меня</translation>
    </message>
    <message>
        <source>Only the requests on which the next move is mine: the head&apos;s resolution or signature, the executor&apos;s result (Ctrl+M)</source>
        <translation>Только заявления, где следующее действие за мной: резолюция или подпись руководителя, результат исполнителя (Ctrl+M)</translation>
    </message>
    <message>
        <source>Waiting for &amp;me</source>
        <translation>&amp;Ждут меня</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation>&amp;Справка по этому окну</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>&amp;Language of printed documents:</source>
        <translation>&amp;Язык печатаемых документов:</translation>
    </message>
    <message>
        <source>Print duplicates on the official pre-printed &amp;blanks (only the values)</source>
        <translation>Печатать дубликаты на официальных &amp;бланках (только значения)</translation>
    </message>
    <message>
        <source>Calibration of blanks, per printer</source>
        <translation>Калибровка бланков (для каждого принтера)</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Shift &amp;right, mm:</source>
        <translation>Сдвиг впр&amp;аво, мм:</translation>
    </message>
    <message>
        <source>Shift &amp;down, mm:</source>
        <translation>Сдвиг в&amp;низ, мм:</translation>
    </message>
    <message>
        <source>Print the &amp;calibration page…</source>
        <translation>Напечатать страницу &amp;калибровки…</translation>
    </message>
    <message>
        <source>Print the calibration page on this printer and measure where the crosses fall: they belong 20 mm from the edges. Enter the difference and print it again.</source>
        <translation>Напечатайте страницу калибровки на этом принтере и измерьте, где стоят кресты: они должны быть в 20 мм от краев. Введите разницу и напечатайте снова.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчет:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>Просмотр и п&amp;ечать…</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Сохранить как C&amp;SV…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <source>Request</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>Д&amp;окументы</translation>
    </message>
    <message>
        <source>&amp;Steps and due dates</source>
        <translation>&amp;Этапы и сроки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>Добавить с&amp;троку</translation>
    </message>
    <message>
        <source>Sa&amp;ve the result</source>
        <translation>Со&amp;хранить результат</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Что вы можете сделать сейчас</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>Испол&amp;нитель:</translation>
    </message>
    <message>
        <source>&amp;Note or reasons:</source>
        <translation>Примеч&amp;ание или основания:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Save the correc&amp;tions</source>
        <translation>Со&amp;хранить исправления</translation>
    </message>
    <message>
        <source>Every document this request has had; the one its state calls for is chosen</source>
        <translation>Все документы этого обращения; выбран тот, что соответствует его состоянию</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Документ для печати</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>&amp;Кто получил:</translation>
    </message>
    <message>
        <source>Who came for it?</source>
        <translation>Кто пришёл за результатом?</translation>
    </message>
    <message>
        <source>Re&amp;move the line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this desk</source>
        <translation>Настройка рабочего места</translation>
    </message>
    <message>
        <source>This database is new. Choose the office this desk belongs to and create the administrator&apos;s account. There is no default password.</source>
        <translation>Эта база данных новая. Выберите офис, к которому относится рабочее место, и создайте учётную запись администратора. Пароля по умолчанию нет.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>New office code:</source>
        <translation>Код нового офиса:</translation>
    </message>
    <message>
        <source>New office name:</source>
        <translation>Название нового офиса:</translation>
    </message>
    <message>
        <source>&amp;Desk code:</source>
        <translation>Код &amp;рабочего места:</translation>
    </message>
    <message>
        <source>Desk &amp;kind:</source>
        <translation>&amp;Вид рабочего места:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;login:</source>
        <translation>&amp;Логин администратора:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>&amp;ФИО администратора:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Повтори&amp;те пароль:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Kense</source>
        <translation>Вход в Kense</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Not saved: the desk&apos;s database or disk failed (%1). This is not a refusal by the rules; try again, and if it fails again, call the administrator.</source>
        <translation>Не сохранено: отказала база данных или диск рабочего места (%1). Это не отказ по правилам; повторите, а если не получится снова, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Not saved: the desk&apos;s database is gone (%1). This is not a refusal by the rules; nothing more can be saved until the program is started again.</source>
        <translation>Не сохранено: базы данных рабочего места больше нет (%1). Это не отказ по правилам; до перезапуска программы ничего сохранить нельзя.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Quality survey</source>
        <translation>Анкета качества</translation>
    </message>
    <message>
        <source>Ask the applicant, if they agree to answer (the survey is optional):</source>
        <translation>Спросите заявителя, если он согласен ответить (анкета необязательна):</translation>
    </message>
    <message>
        <source>1. Are you satisfied with the result of the service and the quality of the process?</source>
        <translation>1. Удовлетворены ли Вы результатом и качеством процесса оказания услуги?</translation>
    </message>
    <message>
        <source>1) not satisfied</source>
        <translation>1) не удовлетворен(а)</translation>
    </message>
    <message>
        <source>2) partly satisfied</source>
        <translation>2) частично удовлетворен(а)</translation>
    </message>
    <message>
        <source>3) satisfied</source>
        <translation>3) удовлетворен(а)</translation>
    </message>
    <message>
        <source>2. Are you satisfied with the quality of the information about the order of the service?</source>
        <translation>2. Удовлетворены ли Вы качеством информации о порядке оказания услуги?</translation>
    </message>
</context>
<context>
    <name>kense::AdministrationDialog</name>
    <message>
        <source>disabled</source>
        <translation>отключен</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>%1 (%2) can sign in now.</source>
        <translation>%1 (%2) теперь может войти.</translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation>Сначала выберите пользователя в таблице.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 отключен и не может войти.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 снова может войти.</translation>
    </message>
    <message>
        <source>The office&apos;s hours are saved; terms in hours and minutes count them from the next sign-in.</source>
        <translation>Часы работы сохранены; сроки в часах и минутах учитывают их со следующего входа.</translation>
    </message>
    <message>
        <source>Keep at least one service in force: the desk could take no application.</source>
        <translation>Оставьте хотя бы одну услугу: иначе рабочее место не сможет принимать заявления.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in force at this desk.</source>
        <translation>
            <numerusform>На этом рабочем месте действует %n услуга.</numerusform>
            <numerusform>На этом рабочем месте действуют %n услуги.</numerusform>
            <numerusform>На этом рабочем месте действуют %n услуг.</numerusform>
        </translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>%1 saved in the calendar; deadlines computed from now on count it.</source>
        <translation>%1 сохранено в календаре; сроки, рассчитываемые с этого момента, учитывают это.</translation>
    </message>
    <message>
        <source>The services in force were not saved: %1</source>
        <translation>Действующие услуги не сохранены: %1</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? The account cannot sign in until an administrator enables it again.</source>
        <translation>Отключить %1 (%2)? Войти под этой учётной записью нельзя, пока администратор не включит её снова.</translation>
    </message>
    <message>
        <source>Cour&amp;ier routes</source>
        <translation>&amp;Маршруты реестров</translation>
    </message>
    <message>
        <source>%1 (%2) is saved: documents printed from now on name the employee so.</source>
        <translation>%1 (%2) сохранён: документы, печатаемые с этого момента, называют сотрудника так.</translation>
    </message>
</context>
<context>
    <name>kense::ApplicantRecall</name>
    <message>
        <source>Filled in from %1: %2. Check them with the applicant.</source>
        <translation>Заполнено из заявления %1: %2. Сверьте с заявителем.</translation>
    </message>
    <message>
        <source>&amp;Fill in from the last request</source>
        <translation>&amp;Заполнить из последнего заявления</translation>
    </message>
    <message>
        <source>Fills the applicant&apos;s empty fields — name, phone, address — as request %1 wrote them</source>
        <translation>Заполняет пустые поля заявителя — ФИО, телефон, адрес — так, как они записаны в заявлении %1</translation>
    </message>
    <message>
        <source>nothing, every field was filled in already</source>
        <translation>ничего, все поля уже были заполнены</translation>
    </message>
    <message numerus="yes">
        <source>This IIN applied here before: %n request(s); the last, %1, on %2 (%3).</source>
        <translation>
            <numerusform>По этому ИИН здесь уже подано %n заявление; последнее — %1 от %2 (%3).</numerusform>
            <numerusform>По этому ИИН здесь уже подано %n заявления; последнее — %1 от %2 (%3).</numerusform>
            <numerusform>По этому ИИН здесь уже подано %n заявлений; последнее — %1 от %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kense::AwaitingCount</name>
    <message>
        <source>Requests on which the next move is yours (Ctrl+M shows them)</source>
        <translation>Заявления, где следующее действие за вами (Ctrl+M показывает их)</translation>
    </message>
    <message>
        <source>Awaiting my action: more than %1</source>
        <translation>Ждут моих действий: более %1</translation>
    </message>
    <message>
        <source>Awaiting my action: %1</source>
        <translation>Ждут моих действий: %1</translation>
    </message>
</context>
<context>
    <name>kense::Backup</name>
    <message>
        <source>%1 exists already; choose a new file</source>
        <translation>%1 уже существует; выберите новый файл</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: такого файла нет</translation>
    </message>
    <message>
        <source>cannot copy %1 next to %2</source>
        <translation>не удалось скопировать %1 рядом с %2</translation>
    </message>
    <message>
        <source>the copy is refused: </source>
        <translation>копия отклонена: </translation>
    </message>
    <message>
        <source>cannot move the current database aside</source>
        <translation>не удалось отложить текущую базу данных</translation>
    </message>
    <message>
        <source>cannot put the restored database in place</source>
        <translation>не удалось поставить восстановленную базу данных на место</translation>
    </message>
    <message>
        <source>%1: the disk is full; no backup was written</source>
        <translation>%1: диск заполнен; резервная копия не записана</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
        <translation>%1: не удалось поставить резервную копию на место</translation>
    </message>
    <message>
        <source>the copy is damaged (%1)</source>
        <translation>копия повреждена (%1)</translation>
    </message>
    <message>
        <source>the copy&apos;s event log is broken at event %1</source>
        <translation>журнал событий копии нарушен на событии %1</translation>
    </message>
    <message>
        <source>%1 is a copy of the desk %2, not of this desk %3; nothing was changed (to put it in place all the same, say so: kensectl db restore --other-desk)</source>
        <translation>%1 — копия рабочего места %2, а не этого рабочего места %3; ничего не изменено (если её всё же нужно поставить на место, скажите это явно: kensectl db restore --other-desk)</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>(не настроено)</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>the restore could not write the database (%1); its content is unchanged</source>
        <translation>восстановление не смогло записать базу данных (%1); её содержимое не изменилось</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1: нет папки %2</translation>
    </message>
    <message>
        <source>the copy&apos;s requests were changed behind the program (%1 of them; the first: %2)</source>
        <translation>заявки копии изменены в обход программы (%1; первая: %2)</translation>
    </message>
</context>
<context>
    <name>kense::CalendarActs</name>
    <message>
        <source>only an administrator changes the working calendar</source>
        <translation>производственный календарь меняет только администратор</translation>
    </message>
    <message>
        <source>%1 has no edit of yours to undo</source>
        <translation>для %1 нет вашего изменения, которое можно отменить</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
</context>
<context>
    <name>kense::CalendarEdits</name>
    <message>
        <source>the date is not a date</source>
        <translation>дата указана неверно</translation>
    </message>
    <message>
        <source>say why: the reason is kept beside the day</source>
        <translation>укажите причину: она хранится рядом с днем</translation>
    </message>
</context>
<context>
    <name>kense::CapsLockHint</name>
    <message>
        <source>Caps Lock is on: the password is being typed in capital letters.</source>
        <translation>Включён Caps Lock: пароль набирается заглавными буквами.</translation>
    </message>
</context>
<context>
    <name>kense::CatalogFieldForm</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Дата рождения %1, %2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
</context>
<context>
    <name>kense::CatalogLoader</name>
    <message>
        <source>&quot;%1&quot; does not match the file name (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; не совпадает с именем файла (ожидалось &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; использовано дважды</translation>
    </message>
    <message>
        <source>must hold at least one variant</source>
        <translation>должен содержать хотя бы один вариант</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>не читается (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; не входит в число: %2</translation>
    </message>
    <message>
        <source>must list at least one document</source>
        <translation>должен быть указан хотя бы один документ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &lt;group&gt;.&lt;name&gt; with group one of %2</source>
        <translation>&quot;%1&quot; должно иметь вид &lt;группа&gt;.&lt;имя&gt;, где группа — одна из: %2</translation>
    </message>
    <message>
        <source>is smaller than min</source>
        <translation>меньше, чем min</translation>
    </message>
    <message>
        <source>a field of type enum needs options</source>
        <translation>полю типа enum нужны варианты (options)</translation>
    </message>
    <message>
        <source>only a field of type enum has options</source>
        <translation>варианты (options) бывают только у поля типа enum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only a-z, 0-9 and -</source>
        <translation>&quot;%1&quot; может содержать только a-z, 0-9 и -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; указано дважды</translation>
    </message>
    <message>
        <source>must list at least one channel</source>
        <translation>должен быть указан хотя бы один канал</translation>
    </message>
    <message>
        <source>the variant does not offer the channel &quot;%1&quot;</source>
        <translation>этот вариант не предусматривает канал &quot;%1&quot;</translation>
    </message>
    <message>
        <source>steps of channel &quot;%1&quot; must be numbered 1, 2, 3… in order; expected %2, found %3</source>
        <translation>шаги канала &quot;%1&quot; должны идти по порядку 1, 2, 3…; ожидался %2, найден %3</translation>
    </message>
    <message>
        <source>no steps for the channel &quot;%1&quot;</source>
        <translation>нет шагов для канала &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every result is made after issue: the first result must end the term</source>
        <translation>каждый результат оформляется после выдачи: первый результат должен завершать срок</translation>
    </message>
    <message>
        <source>a required document is required in every case: drop the condition or make it optional</source>
        <translation>обязательный документ требуется в любом случае: уберите условие или сделайте документ необязательным</translation>
    </message>
    <message>
        <source>give either &quot;group&quot; or &quot;field&quot; with &quot;is&quot;</source>
        <translation>укажите либо &quot;group&quot;, либо &quot;field&quot; с &quot;is&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional group of this service (%2)</source>
        <translation>&quot;%1&quot; — не необязательная группа полей этой услуги (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this service</source>
        <translation>&quot;%1&quot; — не поле этой услуги</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2</source>
        <translation>&quot;%1&quot; — не один из вариантов поля %2</translation>
    </message>
    <message>
        <source>only an IIN gives an age</source>
        <translation>возраст даёт только ИИН</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of type %2; this needs a field of type %3</source>
        <translation>«%1» — поле типа %2; здесь нужно поле типа %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of this service</source>
        <translation>«%1» не входит в перечень документов этой услуги</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given a priority twice</source>
        <translation>для «%1» очередность указана дважды</translation>
    </message>
    <message>
        <source>must list at least one choice</source>
        <translation>нужно указать хотя бы один вариант</translation>
    </message>
    <message>
        <source>a step of the head but none of an executor: the head&apos;s resolution names an executor</source>
        <translation>есть шаг руководителя, но нет шага исполнителя: резолюция руководителя определяет исполнителя</translation>
    </message>
    <message>
        <source>no step of a head or an executor, so nobody prepares the result &quot;%1&quot;; only a receipt is issued by the office alone</source>
        <translation>нет шага ни руководителя, ни исполнителя, поэтому результат «%1» никто не готовит; канцелярия сама выдаёт только расписку</translation>
    </message>
    <message>
        <source>must list %1 texts, found %2</source>
        <translation>должно быть %1 текста, найдено %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of provider, tson, portal, akim</source>
        <translation>&quot;%1&quot; не входит в число: provider, tson, portal, akim</translation>
    </message>
</context>
<context>
    <name>kense::Central</name>
    <message>
        <source>the central database refused: %1</source>
        <translation>центральная база данных отказала: %1</translation>
    </message>
    <message>
        <source>the address is not postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>адрес не в виде postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the address carries a password; give it through the keychain or PGPASSWORD instead</source>
        <translation>в адресе есть пароль; передайте его через хранилище ключей или PGPASSWORD</translation>
    </message>
    <message>
        <source>the address names no user (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>в адресе нет пользователя (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>в адресе нет сервера</translation>
    </message>
    <message>
        <source>the address names no database</source>
        <translation>в адресе нет базы данных</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>драйвер PostgreSQL для Qt не установлен (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the central database %1: %2</source>
        <translation>нет связи с центральной базой данных %1: %2</translation>
    </message>
    <message>
        <source>central migration %1 is missing from the program</source>
        <translation>в программе нет миграции центра %1</translation>
    </message>
    <message>
        <source>central migration %1 failed: %2</source>
        <translation>миграция центра %1 не выполнена: %2</translation>
    </message>
    <message>
        <source>the central database has schema %1 already; use migrate</source>
        <translation>в центральной базе уже есть схема %1; используйте migrate</translation>
    </message>
    <message>
        <source>the central database has schema %1, newer than this program&apos;s %2; update Kense</source>
        <translation>у центральной базы схема %1, новее схемы %2 этой программы; обновите Kense</translation>
    </message>
    <message>
        <source>the centre refused this desk&apos;s changes: it holds other changes under the same numbers of this desk (%1). This desk&apos;s database was restored from an older copy, or another desk uses its code; nothing was sent — call the administrator before registering more here</source>
        <translation>центр отклонил изменения этого рабочего места: у него под теми же номерами этого рабочего места другие изменения (%1). База данных этого рабочего места восстановлена из более старой копии, или его код использует другое рабочее место; ничего не отправлено — обратитесь к администратору, прежде чем регистрировать здесь дальше</translation>
    </message>
    <message>
        <source>the centre refused this desk: its event log is not the one it showed the centre before (%1). The log was written again behind the program, or this database is another desk&apos;s (a copy of another desk was restored here, or two desks use one code); nothing was sent — call the administrator</source>
        <translation>центр не принял это рабочее место: его журнал событий не тот, что оно показывало центру раньше (%1). Журнал переписан в обход программы, или это база данных другого рабочего места (сюда восстановлена копия другого рабочего места, или два рабочих места используют один код); ничего не отправлено — обратитесь к администратору</translation>
    </message>
    <message>
        <source>sslmode=%1: use verify-full (the default), verify-ca, require, or disable written out</source>
        <translation>sslmode=%1: используйте verify-full (по умолчанию), verify-ca, require или явно указанный disable</translation>
    </message>
    <message>
        <source>the address&apos;s parameter %1 is not one Kense takes (sslmode, sslrootcert)</source>
        <translation>параметр адреса %1 Kense не принимает (sslmode, sslrootcert)</translation>
    </message>
    <message>
        <source>the central server at %1 did not prove it is the centre (its TLS certificate is not signed by the centre&apos;s CA%2, or not for this host): nothing was sent. %3</source>
        <translation>сервер по адресу %1 не подтвердил, что он — центр (его сертификат TLS не подписан центром сертификации центра%2 или выдан не для этого узла): ничего не отправлено. %3</translation>
    </message>
    <message>
        <source>the rule book of moves was not written at the centre: %1</source>
        <translation>правила переходов не записаны в центре: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change&apos;s uuid</source>
        <translation>«%1» не является идентификатором (uuid) изменения</translation>
    </message>
    <message>
        <source>the centre gave no answer to the decision of %1</source>
        <translation>центр не ответил на решение по %1</translation>
    </message>
    <message>
        <source>the centre refused: %1</source>
        <translation>центр отказал: %1</translation>
    </message>
    <message>
        <source>central schema %1 creates the centre&apos;s check of relayed changes&apos; signatures (a PL/Python function), which only a superuser may: run it as postgres or another superuser; nothing was changed</source>
        <translation>схема центра %1 создаёт в центре проверку подписей переданных изменений (функцию на PL/Python), что может только суперпользователь: выполните её от имени postgres или другого суперпользователя; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>kense::CentralSettingsDialog</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>только по запросу</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>без изменений (в хранилище ключей)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Заполните сервер, базу данных и пользователя.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Пароль сохраняется в хранилище ключей…</translation>
    </message>
    <message>
        <source>The settings are saved, but no keychain is available on this computer (%1). The password is kept only until Kense closes; it will be asked for at the next start.</source>
        <translation>Настройки сохранены, но на этом компьютере нет хранилища ключей (%1). Пароль хранится только до закрытия Kense; при следующем запуске он будет запрошен снова.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
    <message>
        <source>libpq&apos;s default (~/.postgresql/root.crt)</source>
        <translation>по умолчанию libpq (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate</source>
        <translation>Сертификат удостоверяющего центра (УЦ) центра</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Encrypted; the certificate and the server&apos;s name checked</source>
        <translation>Шифруется; проверяются сертификат и имя сервера</translation>
    </message>
    <message>
        <source>Encrypted; the certificate checked, not the name</source>
        <translation>Шифруется; проверяется сертификат, но не имя</translation>
    </message>
    <message>
        <source>Encrypted; nothing checked</source>
        <translation>Шифруется; ничего не проверяется</translation>
    </message>
    <message>
        <source>Not encrypted (test networks only)</source>
        <translation>Без шифрования (только для тестовых сетей)</translation>
    </message>
    <message>
        <source>Without encryption, IINs, names and the password cross the network as clear text: anyone on the way can read them.</source>
        <translation>Без шифрования ИИН, ФИО и пароль идут по сети открытым текстом: их может прочесть любой на пути.</translation>
    </message>
    <message>
        <source>Without the certificate checked, a machine on the way can pose as the centre.</source>
        <translation>Без проверки сертификата машина на пути может выдать себя за центр.</translation>
    </message>
    <message>
        <source>Centre&apos;s CA certificate: %1 is not a file this account can read.</source>
        <translation>Сертификат УЦ центра: %1 — не файл, который может прочесть эта учётная запись.</translation>
    </message>
    <message>
        <source> days after the centre confirmed them</source>
        <translation> дн. после подтверждения центром</translation>
    </message>
    <message>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <source>How long this desk keeps its changes once the centre has confirmed them. Make it longer than the time between the centre&apos;s backups: a centre restored from its last backup gets them again from the desks.</source>
        <translation>Сколько это рабочее место хранит свои изменения после того, как центр их подтвердил. Задайте срок дольше, чем время между резервными копиями центра: центр, восстановленный из последней копии, получит их снова от рабочих мест.</translation>
    </message>
</context>
<context>
    <name>kense::Channel</name>
    <message>
        <source>Provider&apos;s office</source>
        <translation>Канцелярия услугодателя</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>ЦОН (Госкорпорация)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Rural akim&apos;s office</source>
        <translation>Аппарат акима сельского округа</translation>
    </message>
</context>
<context>
    <name>kense::Conflicts</name>
    <message>
        <source>no request %1</source>
        <translation>заявления %1 нет</translation>
    </message>
    <message>
        <source>%1 has no open conflict</source>
        <translation>у %1 нет открытого конфликта</translation>
    </message>
    <message>
        <source>%1 has no open conflict with the change %2</source>
        <translation>у %1 нет открытого конфликта с изменением %2</translation>
    </message>
</context>
<context>
    <name>kense::ConflictsDialog</name>
    <message>
        <source>Request</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>State here</source>
        <translation>Состояние здесь</translation>
    </message>
    <message>
        <source>Other desk</source>
        <translation>Другое место</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Their state</source>
        <translation>Их состояние</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Выберите конфликт в списке.</translation>
    </message>
    <message>
        <source>No central server is set: Settings → Central server.</source>
        <translation>Центральный сервер не задан: Настройки → Центральный сервер.</translation>
    </message>
    <message>
        <source>Centre administrator&apos;s login: enter the login you have at the centre.</source>
        <translation>Логин администратора центра: введите ваш логин в центре.</translation>
    </message>
    <message>
        <source>Password at the centre: enter the password of %1.</source>
        <translation>Пароль в центре: введите пароль %1.</translation>
    </message>
    <message>
        <source>Asking the centre…</source>
        <translation>Запрос в центр…</translation>
    </message>
    <message>
        <source>%1: the change of %2 stands; this desk takes it with the sync now running.</source>
        <translation>%1: остаётся изменение %2; это рабочее место примет его при начавшейся синхронизации.</translation>
    </message>
    <message>
        <source>%1: this desk&apos;s state stands; the other desks take it at their next sync.</source>
        <translation>%1: остаётся состояние этого рабочего места; другие места примут его при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>kense::ContentDigest</name>
    <message>
        <source>cannot read the content of request %1 to record it</source>
        <translation>не удаётся прочитать содержание заявки %1, чтобы записать его в историю</translation>
    </message>
</context>
<context>
    <name>kense::CourierRegisters</name>
    <message>
        <source>no courier register %1</source>
        <translation>реестра %1 нет</translation>
    </message>
    <message>
        <source>a package has 1 to 10000 sheets</source>
        <translation>в пакете от 1 до 10000 листов</translation>
    </message>
    <message>
        <source>%1 has been sent; start a new register</source>
        <translation>%1 уже отправлен; начните новый реестр</translation>
    </message>
    <message>
        <source>no request %1</source>
        <translation>заявления %1 нет</translation>
    </message>
    <message>
        <source>%1 is already in the register %2</source>
        <translation>%1 уже в реестре %2</translation>
    </message>
    <message>
        <source>%1 is already in this register</source>
        <translation>%1 уже в этом реестре</translation>
    </message>
    <message>
        <source>%1 has been sent</source>
        <translation>%1 уже отправлен</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 нет в %2</translation>
    </message>
    <message>
        <source>%1 has been sent already</source>
        <translation>%1 уже был отправлен</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>%1 has not been sent</source>
        <translation>%1 не был отправлен</translation>
    </message>
    <message>
        <source>%1 has been received already</source>
        <translation>%1 уже принят</translation>
    </message>
    <message>
        <source>not in %1: %2</source>
        <translation>нет в %1: %2</translation>
    </message>
    <message>
        <source>missing from the bag: %1</source>
        <translation>нет в сумке: %1</translation>
    </message>
    <message>
        <source>a courier register names the office it goes to</source>
        <translation>В реестре указывается учреждение, куда он направляется</translation>
    </message>
    <message>
        <source>%1 is not in the office directory</source>
        <translation>%1 нет в справочнике учреждений</translation>
    </message>
    <message>
        <source>%1 may not make courier registers</source>
        <translation>%1 не может составлять реестры</translation>
    </message>
    <message>
        <source>no service of this desk goes to %1 (%2): an administrator names the offices that provide each service</source>
        <translation>Ни одна услуга этого рабочего места не направляется в %1 (%2): администратор указывает услугодателей каждой услуги</translation>
    </message>
    <message>
        <source>%1: no office is named to provide the service %2; an administrator names it</source>
        <translation>%1: для услуги %2 не указан услугодатель; его указывает администратор</translation>
    </message>
    <message>
        <source>%1 goes to %2, not to %3 (%4): put it in a register to its provider</source>
        <translation>%1 направляется в %2, а не в %3 (%4): включите его в реестр для своего услугодателя</translation>
    </message>
</context>
<context>
    <name>kense::CourierRegistersDialog</name>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>Кому / от кого</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Составлен</translation>
    </message>
    <message>
        <source>With the courier</source>
        <translation>У курьера</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Register %1 is open: scan the packages into it.</source>
        <translation>Реестр %1 открыт: сканируйте пакеты.</translation>
    </message>
    <message>
        <source>Make or select a register first.</source>
        <translation>Сначала создайте или выберите реестр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation>«%1» — не номер заявления.</translation>
    </message>
    <message>
        <source>%1 is in register %2.</source>
        <translation>%1 добавлено в реестр %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned for receiving (%n): %1</source>
        <translation>
            <numerusform>Отсканировано для приема (%n): %1</numerusform>
            <numerusform>Отсканировано для приема (%n): %1</numerusform>
            <numerusform>Отсканировано для приема (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1 is with the courier.</source>
        <translation>Реестр %1 передан курьеру.</translation>
    </message>
    <message>
        <source>Register %1 is received: its requests are with the provider.</source>
        <translation>Реестр %1 принят: заявления у услугодателя.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Реестр %1</translation>
    </message>
    <message>
        <source>Type a part of the office&apos;s name or code</source>
        <translation>Введите часть названия или кода учреждения</translation>
    </message>
    <message>
        <source>Choose the office the register goes to.</source>
        <translation>Выберите учреждение, куда направляется реестр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the offices this desk&apos;s registers go to: choose one from the list.</source>
        <translation>«%1» не входит в учреждения, куда направляются реестры этого рабочего места: выберите из списка.</translation>
    </message>
    <message>
        <source>No service of this desk has the office that provides it named yet: an administrator names them in Administration → Courier routes.</source>
        <translation>Ни для одной услуги этого рабочего места ещё не указан услугодатель: их указывает администратор в разделе «Администрирование → Маршруты реестров».</translation>
    </message>
</context>
<context>
    <name>kense::CourierRoutes</name>
    <message>
        <source>only an administrator names the offices that provide a service</source>
        <translation>Услугодателей указывает только администратор</translation>
    </message>
    <message>
        <source>no service %1 in the catalog</source>
        <translation>В каталоге нет услуги %1</translation>
    </message>
    <message>
        <source>%1 is not in the office directory: an administrator adds the office first</source>
        <translation>%1 нет в справочнике учреждений: сначала администратор добавляет учреждение</translation>
    </message>
    <message>
        <source>%1 (%2) is an office of the ЦОН, not a provider</source>
        <translation>%1 (%2) — учреждение ЦОН, а не услугодатель</translation>
    </message>
    <message>
        <source>%1 (%2) is a rural akim&apos;s apparatus, not a provider</source>
        <translation>%1 (%2) — аппарат акима сельского округа, а не услугодатель</translation>
    </message>
</context>
<context>
    <name>kense::CourierRoutesPage</name>
    <message>
        <source>Where the courier registers take each service&apos;s requests: the offices that provide it (for a duplicate, the schools whose certificates this ЦОН receives). A register goes to one of them and takes only the requests of the services that office provides.</source>
        <translation>Куда реестры доставляют запросы каждой услуги: учреждения-услугодатели (для дубликата — школы, чьи аттестаты принимает этот ЦОН). Реестр направляется в одно из них и включает только запросы услуг, которые оказывает это учреждение.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Offices that provide it</source>
        <translation>Услугодатели</translation>
    </message>
    <message>
        <source>Type a part of the office&apos;s name, code or address</source>
        <translation>Введите часть названия, кода или адреса учреждения</translation>
    </message>
    <message>
        <source>&amp;Add the office to the service</source>
        <translation>&amp;Добавить учреждение к услуге</translation>
    </message>
    <message>
        <source>&amp;Take the office off</source>
        <translation>У&amp;брать учреждение</translation>
    </message>
    <message>
        <source>— none named: no register takes it</source>
        <translation>— не указано: реестры её не принимают</translation>
    </message>
    <message>
        <source>Choose the office from the directory first.</source>
        <translation>Сначала выберите учреждение из справочника.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office of the directory: choose one from the list.</source>
        <translation>«%1» нет в справочнике учреждений: выберите из списка.</translation>
    </message>
    <message>
        <source>%1 already provides this service here.</source>
        <translation>%1 уже оказывает эту услугу для этого рабочего места.</translation>
    </message>
    <message>
        <source>The registers take this service to %1 as well.</source>
        <translation>Реестры теперь доставляют эту услугу и в %1.</translation>
    </message>
    <message>
        <source>The registers no longer take this service to %1.</source>
        <translation>Реестры больше не доставляют эту услугу в %1.</translation>
    </message>
    <message>
        <source>An office the directory does not have (a school, a college)</source>
        <translation>Учреждение, которого нет в справочнике (школа, колледж)</translation>
    </message>
    <message>
        <source>Code, e.g. KZOSCH012</source>
        <translation>Код, например KZOSCH012</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное название</translation>
    </message>
    <message>
        <source>Address (the courier finds it by it)</source>
        <translation>Адрес (по нему курьер находит учреждение)</translation>
    </message>
    <message>
        <source>Add to the &amp;directory</source>
        <translation>Добавить в &amp;справочник</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Education department</source>
        <translation>Отдел образования</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>A new office needs its code and its full name.</source>
        <translation>Для нового учреждения укажите код и полное название.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the directory: choose it for a service above.</source>
        <translation>%1 (%2) добавлено в справочник: выберите его для услуги выше.</translation>
    </message>
</context>
<context>
    <name>kense::Database</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не читается (%2)</translation>
    </message>
    <message>
        <source>%1: is not a Kense database (not an SQLite file); it was left unchanged</source>
        <translation>%1: это не база данных Kense (не файл SQLite); файл не изменён</translation>
    </message>
    <message>
        <source>%1: is truncated or damaged; it was left unchanged</source>
        <translation>%1: файл обрезан или повреждён; он не изменён</translation>
    </message>
    <message>
        <source>%1: is an SQLite database of another program, not Kense; it was left unchanged</source>
        <translation>%1: это база SQLite другой программы, не Kense; файл не изменён</translation>
    </message>
    <message>
        <source>%1: was written by a newer Kense (schema version %2; this program knows up to %3); update the program — the file was left unchanged</source>
        <translation>%1: записан более новой версией Kense (версия схемы %2; эта программа знает версии до %3); обновите программу — файл не изменён</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: это не файл</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: такого файла нет</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: не удаётся создать папку %2</translation>
    </message>
    <message>
        <source>%1: is read-only; Kense needs to write to its database</source>
        <translation>%1: только для чтения; Kense нужно записывать в свою базу данных</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: не открывается (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be set up (%2)</source>
        <translation>%1: не удаётся настроить (%2)</translation>
    </message>
    <message>
        <source>%1: migration %2 is missing from the program</source>
        <translation>%1: в программе нет миграции %2</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction (%2)</source>
        <translation>%1: не удаётся начать транзакцию (%2)</translation>
    </message>
    <message>
        <source>%1: migration %2 failed (%3)</source>
        <translation>%1: миграция %2 не удалась (%3)</translation>
    </message>
    <message>
        <source>%1: migration %2 could not be committed (%3)</source>
        <translation>%1: не удалось зафиксировать миграцию %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the database file was deleted, moved or replaced while the program had it open — close the program and start it again</source>
        <translation>%1: файл базы данных удалён, перемещён или заменён, пока программа держала его открытым — закройте программу и запустите её снова</translation>
    </message>
    <message>
        <source>%1: its folder %2 is read-only; Kense needs to write beside its database</source>
        <translation>%1: её папка %2 только для чтения; Kense нужно писать рядом со своей базой данных</translation>
    </message>
    <message>
        <source>the check of the table %1 was not widened (%2)</source>
        <translation>проверка таблицы %1 не расширена (%2)</translation>
    </message>
    <message>
        <source>the table %1 is not as the earlier schema made it: its check «%2» was not found</source>
        <translation>таблица %1 не такая, какой её создала прежняя схема: её проверка «%2» не найдена</translation>
    </message>
</context>
<context>
    <name>kense::DeadlineCalculator</name>
    <message>
        <source>the regulation states no term for this channel</source>
        <translation>регламент не устанавливает срок для этого канала</translation>
    </message>
    <message>
        <source>the working calendar has no holidays for %1: only weekends were counted</source>
        <translation>в рабочем календаре нет праздников на %1 год: учтены только выходные</translation>
    </message>
</context>
<context>
    <name>kense::DemoData</name>
    <message>
        <source>too far from home</source>
        <translation>слишком далеко от дома</translation>
    </message>
    <message>
        <source>demo data is made at a provider&apos;s or a ЦОН&apos;s desk, not at %1</source>
        <translation>демонстрационные данные создаются на рабочем месте услугодателя или ЦОН, не здесь (%1)</translation>
    </message>
</context>
<context>
    <name>kense::DeskKey</name>
    <message>
        <source>it holds another key</source>
        <translation>в нём другой ключ</translation>
    </message>
    <message>
        <source>the key was not read from the keychain</source>
        <translation>ключ не прочитан из хранилища ключей</translation>
    </message>
    <message>
        <source>the seals are made with the desk key %1, which this program does not hold (%2): they cannot be checked here</source>
        <translation>печати сделаны ключом рабочего места %1, которого у этой программы нет (%2): здесь их не проверить</translation>
    </message>
    <message>
        <source>this desk&apos;s history is sealed with the desk key %1, which this program does not hold (%2); nothing was saved — the administrator puts the key back with kensectl db key add, or replaces a lost one with kensectl db key new --replace</source>
        <translation>журнал этого рабочего места запечатан ключом %1, которого у этой программы нет (%2); ничего не сохранено — администратор возвращает ключ командой kensectl db key add, а утерянный заменяет командой kensectl db key new --replace</translation>
    </message>
</context>
<context>
    <name>kense::DeskRepository</name>
    <message>
        <source>cannot read the office directory </source>
        <translation>не удалось прочитать справочник учреждений </translation>
    </message>
    <message>
        <source>office code &quot;%1&quot;: use 2 to 12 capital Latin letters and digits</source>
        <translation>код учреждения «%1»: от 2 до 12 заглавных латинских букв и цифр</translation>
    </message>
    <message>
        <source>the office needs a name</source>
        <translation>у учреждения должно быть название</translation>
    </message>
    <message>
        <source>office code &quot;%1&quot; is taken</source>
        <translation>код учреждения «%1» занят</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot;: use 1 to 6 capital Latin letters and digits</source>
        <translation>код рабочего места «%1»: от 1 до 6 заглавных латинских букв и цифр</translation>
    </message>
    <message>
        <source>this database is already the desk %1-%2</source>
        <translation>эта база данных уже рабочее место %1-%2</translation>
    </message>
    <message>
        <source>no office with the code &quot;%1&quot;</source>
        <translation>нет учреждения с кодом «%1»</translation>
    </message>
    <message>
        <source>no office &quot;%1&quot; in the directory: give the new office&apos;s name</source>
        <translation>организации «%1» нет в справочнике: укажите название новой организации</translation>
    </message>
    <message>
        <source>this database is not set up as a desk yet (kensectl db init)</source>
        <translation>эта база данных еще не настроена как рабочее место (kensectl db init)</translation>
    </message>
    <message>
        <source>--services region: the catalog has no service of the region &quot;%1&quot; that a desk of office %2 takes; give --services all, or the office&apos;s region with --region</source>
        <translation>--services region: в каталоге нет услуги региона «%1», которую принимает рабочее место организации %2; укажите --services all или регион организации в --region</translation>
    </message>
    <message>
        <source>a desk is a provider&apos;s канцелярия, a ЦОН desk or a rural akim&apos;s apparatus</source>
        <translation>Рабочее место — канцелярия услугодателя, рабочее место ЦОН или аппарат акима сельского округа</translation>
    </message>
    <message>
        <source>%1 (%2) is not a rural akim&apos;s apparatus</source>
        <translation>%1 (%2) — не аппарат акима сельского округа</translation>
    </message>
    <message>
        <source>%1 (%2) is a rural akim&apos;s apparatus: its desk is of the kind akim</source>
        <translation>%1 (%2) — аппарат акима сельского округа: его рабочее место — рабочее место аппарата акима</translation>
    </message>
</context>
<context>
    <name>kense::DeskSync</name>
    <message>
        <source>the centre did not take the decision: %1</source>
        <translation>центр не принял решение: %1</translation>
    </message>
</context>
<context>
    <name>kense::DocumentKind</name>
    <message>
        <source>Receipt of acceptance</source>
        <translation>Расписка о приеме документов</translation>
    </message>
    <message>
        <source>Refusal receipt</source>
        <translation>Расписка об отказе в приеме</translation>
    </message>
    <message>
        <source>Receipt with the queue number</source>
        <translation>Расписка с номером очередности</translation>
    </message>
    <message>
        <source>Receipt of issue</source>
        <translation>Расписка о получении результата</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Enrollment order</source>
        <translation>Приказ о зачислении</translation>
    </message>
    <message>
        <source>Externat permit</source>
        <translation>Разрешение на экстернат</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <source>Result of the service</source>
        <translation>Результат услуги</translation>
    </message>
    <message>
        <source>Quality survey</source>
        <translation>Анкета качества</translation>
    </message>
    <message>
        <source>Consent to the use of protected data</source>
        <translation>Согласие на использование охраняемых законом сведений</translation>
    </message>
    <message>
        <source>Direction to a kindergarten</source>
        <translation>Направление в дошкольную организацию</translation>
    </message>
</context>
<context>
    <name>kense::DocumentLanguageChoice</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
</context>
<context>
    <name>kense::DocumentPreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>The document&apos;s template is broken: %1</source>
        <translation>Шаблон документа испорчен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents are laid out for A4 paper; load A4 in the printer.</source>
        <translation>Документы размечены для бумаги A4; положите в принтер A4.</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Печать отменена; на принтер ничего не отправлено.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка на %1…</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>принтер сообщил об ошибке</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено на %1.</translation>
    </message>
    <message>
        <source>Not printed on %1: %2. The request is unchanged; try again or choose another printer.</source>
        <translation>Не напечатано на %1: %2. Заявление не изменилось; повторите или выберите другой принтер.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copies sent to %1.</source>
        <translation>
            <numerusform>%n экземпляр отправлен: %1.</numerusform>
            <numerusform>%n экземпляра отправлено: %1.</numerusform>
            <numerusform>%n экземпляров отправлено: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kense::Duration</name>
    <message>
        <source>write a term as a number and a unit (%1), e.g. &quot;30 calendar_days&quot;</source>
        <translation>Укажите срок числом и единицей (%1), например «30 calendar_days»</translation>
    </message>
    <message>
        <source>a term in %1 is 1 to %2</source>
        <translation>Срок в единицах %1 — от 1 до %2</translation>
    </message>
</context>
<context>
    <name>kense::EventKind</name>
    <message>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>отказано в приёме</translation>
    </message>
    <message>
        <source>moved on</source>
        <translation>передано дальше</translation>
    </message>
    <message>
        <source>data edited</source>
        <translation>данные изменены</translation>
    </message>
    <message>
        <source>result saved</source>
        <translation>результат сохранен</translation>
    </message>
    <message>
        <source>survey answered</source>
        <translation>анкета заполнена</translation>
    </message>
    <message>
        <source>put into a courier register</source>
        <translation>включено в курьерский реестр</translation>
    </message>
    <message>
        <source>taken out of a courier register</source>
        <translation>исключено из курьерского реестра</translation>
    </message>
    <message>
        <source>courier register sent</source>
        <translation>курьерский реестр отправлен</translation>
    </message>
    <message>
        <source>conflict decided</source>
        <translation>конфликт решен</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>создана учётная запись</translation>
    </message>
    <message>
        <source>working hours changed</source>
        <translation>изменён график работы</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задан</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>учётная запись включена</translation>
    </message>
    <message>
        <source>working calendar changed</source>
        <translation>производственный календарь изменён</translation>
    </message>
    <message>
        <source>hold after a restore released</source>
        <translation>снята приостановка после восстановления</translation>
    </message>
    <message>
        <source>desk key replaced</source>
        <translation>ключ рабочего места заменён</translation>
    </message>
    <message>
        <source>exchange key of another desk replaced</source>
        <translation>заменён ключ обмена другого рабочего места</translation>
    </message>
    <message>
        <source>the place in the waiting list changed</source>
        <translation>место в очереди изменилось</translation>
    </message>
    <message>
        <source>account&apos;s name corrected</source>
        <translation>ФИО учётной записи исправлено</translation>
    </message>
    <message>
        <source>account&apos;s roles changed</source>
        <translation>роли учётной записи изменены</translation>
    </message>
</context>
<context>
    <name>kense::EventLog</name>
    <message>
        <source>cannot read the event log</source>
        <translation>не удалось прочитать журнал событий</translation>
    </message>
    <message>
        <source>a note has at most %1 characters; this one has %2</source>
        <translation>примечание — не более %1 символов; в этом %2</translation>
    </message>
</context>
<context>
    <name>kense::ExchangeKeyring</name>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>хранилище ключей недоступно (%1)</translation>
    </message>
    <message>
        <source>the key was not stored: the keychain says %1</source>
        <translation>ключ не сохранён: хранилище ключей отвечает: %1</translation>
    </message>
    <message>
        <source>%1 has an exchange key already (%2); packages encrypted to it could no longer be read once it is replaced — add --replace to make a new one</source>
        <translation>у %1 уже есть ключ обмена (%2); после замены пакеты, зашифрованные для него, прочитать будет нельзя — чтобы создать новый, добавьте --replace</translation>
    </message>
    <message>
        <source>of the old, shared kind</source>
        <translation>старого, общего вида</translation>
    </message>
    <message>
        <source>the keychain holds no exchange key of %1 (kensectl exchange key new)</source>
        <translation>в хранилище ключей нет ключа обмена %1 (kensectl exchange key new)</translation>
    </message>
    <message>
        <source>the exchange key of %1 in the keychain is of the old, shared kind: make a new one (kensectl exchange key new --replace) and give its key file to the other side</source>
        <translation>ключ обмена %1 в хранилище ключей старого, общего вида: создайте новый (kensectl exchange key new --replace) и передайте его файл другой стороне</translation>
    </message>
    <message>
        <source>the keychain holds another exchange key of %1 (%2, the file&apos;s is %3); if %1 made a new key, replace it with --replace, signed in as an administrator</source>
        <translation>в хранилище ключей другой ключ обмена %1 (%2, в файле — %3); если %1 создало новый ключ, замените его с --replace, войдя как администратор</translation>
    </message>
    <message>
        <source>the keychain holds no exchange key of %1 to replace: add it without --replace</source>
        <translation>в хранилище ключей нет ключа обмена %1, который можно заменить: добавьте его без --replace</translation>
    </message>
    <message>
        <source>the keychain holds this very key of %1 (%2)</source>
        <translation>в хранилище ключей уже этот самый ключ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kense::ExchangePackage</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: не удается прочитать (%2)</translation>
    </message>
    <message>
        <source>%1: refused, nothing applied: %2</source>
        <translation>%1: отклонен, ничего не применено: %2</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <source>not a Kense exchange package</source>
        <translation>это не пакет обмена Kense</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>файл обрезан или поврежден</translation>
    </message>
    <message>
        <source>its manifest is damaged</source>
        <translation>его манифест поврежден</translation>
    </message>
    <message>
        <source>this side holds no exchange key of desk %1</source>
        <translation>здесь нет ключа обмена места %1</translation>
    </message>
    <message>
        <source>its signature does not match the key of desk %1 held here (package key %2, key here %3)</source>
        <translation>его подпись не совпадает с ключом места %1, хранящимся здесь (ключ пакета %2, ключ здесь %3)</translation>
    </message>
    <message>
        <source>the body has %1 bytes, the manifest says %2: the file is truncated or damaged</source>
        <translation>в теле %1 байт, в манифесте %2: файл обрезан или поврежден</translation>
    </message>
    <message>
        <source>the body&apos;s SHA-256 does not match the manifest: the file was changed</source>
        <translation>SHA-256 тела не совпадает с манифестом: файл изменен</translation>
    </message>
    <message>
        <source>it holds %1 changes, the manifest says %2</source>
        <translation>в нем %1 изменений, в манифесте %2</translation>
    </message>
    <message>
        <source>its changes are not the desk&apos;s changes %1 to %2 in order</source>
        <translation>его изменения — не изменения места с %1 по %2 по порядку</translation>
    </message>
    <message>
        <source>this is a package of this desk (%1); import it at another desk</source>
        <translation>это пакет этого места (%1); импортируйте его на другом месте</translation>
    </message>
    <message>
        <source>the package holds changes %1 to %2 of desk %3, but this desk has them only up to %4: import the packages in between first</source>
        <translation>в пакете изменения места %3 с %1 по %2, а здесь они есть только до %4: сначала импортируйте пакеты между ними</translation>
    </message>
    <message>
        <source>the package holds, under number %1 of desk %2, another change than the one imported here before: that desk&apos;s database was restored from an older copy, or two desks use its code; nothing was imported — call the administrator</source>
        <translation>в пакете под номером %1 рабочего места %2 другое изменение, чем импортированное здесь раньше: база данных того рабочего места восстановлена из более старой копии, или его код используют два рабочих места; ничего не импортировано — обратитесь к администратору</translation>
    </message>
    <message>
        <source>its body is damaged (it claims %1 bytes unpacked from %2)</source>
        <translation>его тело повреждено (заявляет %1 байт после распаковки из %2)</translation>
    </message>
    <message>
        <source>the exchange key at hand is desk %1&apos;s, not this desk&apos;s (%2)</source>
        <translation>ключ обмена принадлежит рабочему месту %1, а не этому (%2)</translation>
    </message>
    <message>
        <source>a package needs a recipient: the hub desk or the centre whose key was added</source>
        <translation>пакету нужен получатель: опорное рабочее место или центр, чей ключ добавлен</translation>
    </message>
    <message>
        <source>a package of the old kind, signed but not encrypted: export it again at the desk after its new exchange key is made</source>
        <translation>пакет старого вида, подписанный, но не зашифрованный: выгрузите его заново на рабочем месте после создания нового ключа обмена</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>it is encrypted for %1, not for %2</source>
        <translation>он зашифрован для %1, а не для %2</translation>
    </message>
    <message>
        <source>it is encrypted for another key of %1 than the one in this keychain (%2): the desk used an older key file of %1</source>
        <translation>он зашифрован для другого ключа %1, чем ключ в этом хранилище (%2): рабочее место взяло старый файл ключа %1</translation>
    </message>
    <message>
        <source>the file is truncated or was changed: it does not decrypt</source>
        <translation>файл обрезан или изменён: он не расшифровывается</translation>
    </message>
    <message>
        <source>its list of recipients was changed</source>
        <translation>список его получателей изменён</translation>
    </message>
    <message>
        <source>its change %1 is not signed by desk %2</source>
        <translation>его изменение %1 не подписано рабочим местом %2</translation>
    </message>
</context>
<context>
    <name>kense::Grade</name>
    <message>
        <source>the grade is empty</source>
        <translation>оценка не указана</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade: a grade is 2, 3, 4 or 5, or «сынақ» / «зачёт»</source>
        <translation>«%1» — не оценка: оценка — это 2, 3, 4 или 5 либо «зачёт»</translation>
    </message>
</context>
<context>
    <name>kense::IdentityNumber</name>
    <message>
        <source>the IIN/BIN is empty</source>
        <translation>ИИН/БИН не заполнен</translation>
    </message>
    <message>
        <source>an IIN/BIN has 12 digits, this one has %1</source>
        <translation>ИИН/БИН состоит из 12 цифр, здесь %1</translation>
    </message>
    <message>
        <source>an IIN/BIN has only digits, this one has &quot;%1&quot;</source>
        <translation>ИИН/БИН состоит только из цифр, здесь есть &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the check digit does not match: the number is mistyped</source>
        <translation>контрольная цифра не совпадает: номер набран с ошибкой</translation>
    </message>
    <message>
        <source>the first digits are not a real date</source>
        <translation>первые цифры не образуют настоящую дату</translation>
    </message>
    <message>
        <source>the 7th digit must be 1 to 6 (century and sex), this one is %1</source>
        <translation>7-я цифра должна быть от 1 до 6 (век и пол), здесь %1</translation>
    </message>
</context>
<context>
    <name>kense::Inbox</name>
    <message>
        <source>the change %1 of %2 carries no event or request</source>
        <translation>в изменении %1 места %2 нет события или заявления</translation>
    </message>
</context>
<context>
    <name>kense::Intake</name>
    <message>
        <source>Accepted at a moment given by hand: %1</source>
        <translation>Принято в момент, указанный вручную: %1</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says %1, before this desk&apos;s last entry at %2: it was set back. Nothing was written; set the clock right and register again</source>
        <translation>часы компьютера показывают %1 — раньше последней записи рабочего места (%2): их перевели назад. Ничего не записано; поправьте часы и зарегистрируйте снова</translation>
    </message>
    <message>
        <source>the portal&apos;s request %1 is already registered here as %2</source>
        <translation>заявка портала %1 уже зарегистрирована здесь под номером %2</translation>
    </message>
</context>
<context>
    <name>kense::IntakeValidator</name>
    <message>
        <source>this is a BIN of an organisation; a person has an IIN</source>
        <translation>это БИН организации; у человека ИИН</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (DD.MM.YYYY)</source>
        <translation>&quot;%1&quot; не дата (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; не целое число</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; нет среди вариантов</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>не более %1 символов</translation>
    </message>
    <message>
        <source>this service was excluded by %1 and takes no applications</source>
        <translation>эта услуга исключена (%1) и заявления не принимаются</translation>
    </message>
    <message>
        <source>this service is not taken through the channel &quot;%1&quot;</source>
        <translation>эта услуга не принимается через канал &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a field of this service</source>
        <translation>не является полем этой услуги</translation>
    </message>
    <message>
        <source>is not a document of this service</source>
        <translation>не является документом этой услуги</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>the IIN gives the birth date %1, after the day of application: it is mistyped</source>
        <translation>по ИИН дата рождения %1 — позже дня обращения: ИИН введён с ошибкой</translation>
    </message>
    <message>
        <source>born %1, %2 full years old on %3; this service takes ages %4 to %5 (%6)</source>
        <translation>родился(ась) %1, на %3 полных лет: %2; услуга оказывается в возрасте от %4 до %5 лет (%6)</translation>
    </message>
    <message>
        <source>only a request sent through the portal has it</source>
        <translation>это есть только у заявки, поданной через портал</translation>
    </message>
    <message>
        <source>is required: the number the portal gave the request</source>
        <translation>обязательно: номер, присвоенный заявке порталом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portal request number: 6 to 32 Latin letters, digits and hyphens</source>
        <translation>«%1» — не номер заявки портала: от 6 до 32 латинских букв, цифр и дефисов</translation>
    </message>
    <message>
        <source>is required: when the applicant sent the request on the portal</source>
        <translation>обязательно: когда услугополучатель отправил заявку на портале</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment: write it as DD.MM.YYYY HH:MM</source>
        <translation>«%1» — не дата и время: запишите как ДД.ММ.ГГГГ ЧЧ:ММ</translation>
    </message>
    <message>
        <source>%1 is later than now (%2): a request is registered after it was sent</source>
        <translation>%1 позже текущего времени (%2): заявка регистрируется после отправки</translation>
    </message>
</context>
<context>
    <name>kense::IntakeWizard</name>
    <message>
        <source>No service of the catalog is taken at this kind of desk.</source>
        <translation>Ни одна услуга каталога не принимается на таком рабочем месте.</translation>
    </message>
    <message numerus="yes">
        <source>the sum of the steps of the regulation (%n step(s))</source>
        <translation>
            <numerusform>сумма этапов регламента (%n этап)</numerusform>
            <numerusform>сумма этапов регламента (%n этапа)</numerusform>
            <numerusform>сумма этапов регламента (%n этапов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Услуга: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Заявитель: %1</translation>
    </message>
    <message>
        <source>Representative: %1</source>
        <translation>Представитель: %1</translation>
    </message>
    <message>
        <source>Documents presented: %1 of %2</source>
        <translation>Представлено документов: %1 из %2</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Отказ в приеме</translation>
    </message>
    <message>
        <source>&amp;Refuse and print the refusal receipt</source>
        <translation>&amp;Отказать и напечатать расписку</translation>
    </message>
    <message>
        <source>A required document is missing: the application cannot be registered. It is kept as refused at intake, and the refusal receipt lists what is missing.</source>
        <translation>Нет обязательного документа: заявление нельзя зарегистрировать. Оно сохраняется как отказанное в приеме, а в расписке перечислены недостающие документы.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>&amp;Register and print the receipt</source>
        <translation>&amp;Зарегистрировать и напечатать расписку</translation>
    </message>
    <message>
        <source>The package is complete.</source>
        <translation>Пакет документов полный.</translation>
    </message>
    <message>
        <source>The package is incomplete (the application can only be refused):
%1</source>
        <translation>Пакет документов неполный (заявлению можно только отказать):
%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Not written: %1. The form is kept; try again.</source>
        <translation>Не записано: %1. Форма сохранена; попробуйте снова.</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Закрыть заявление</translation>
    </message>
    <message>
        <source>The application is not registered. Close it and lose what was filled in?</source>
        <translation>Заявление не зарегистрировано. Закрыть его и потерять заполненное?</translation>
    </message>
    <message>
        <source> — only a copy; the original is required</source>
        <translation> — только копия; требуется оригинал</translation>
    </message>
    <message>
        <source>Sent through the portal: № %1, %2</source>
        <translation>Подана через портал: № %1, %2</translation>
    </message>
    <message>
        <source>%1, counted from the moment the application is accepted</source>
        <translation>%1 с момента приёма заявления</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>drop the application being taken, after asking</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The &amp;holder is the applicant: fill in</source>
        <translation>&amp;Владелец документа — сам заявитель: заполнить</translation>
    </message>
</context>
<context>
    <name>kense::Journal</name>
    <message>
        <source>cannot write the export: </source>
        <translation>не удалось записать выгрузку: </translation>
    </message>
</context>
<context>
    <name>kense::JournalFilterBar</name>
    <message>
        <source>any</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>kense::JournalModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>По сроку</translation>
    </message>
</context>
<context>
    <name>kense::JsonNode</name>
    <message>
        <source>not valid JSON (%1 at %2)</source>
        <translation>некорректный JSON (%1, %2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>документ должен быть объектом JSON</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ожидался объект, найдено %1</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>обязательно, но отсутствует</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ожидался массив, найдено %1</translation>
    </message>
    <message>
        <source>is not a known key here (known: %1)</source>
        <translation>здесь неизвестный ключ (известные: %1)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>ожидалась строка, найдено %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ожидалось целое число, найдено %1</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2..%3</source>
        <translation>%1 вне допустимого диапазона %2..%3</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>ожидалось true или false, найдено %1</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 не является датой вида ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в число: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
</context>
<context>
    <name>kense::MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
</context>
<context>
    <name>kense::MainWindow</name>
    <message>
        <source>Some data files were refused and their built-in versions are in use:</source>
        <translation>Некоторые файлы данных отклонены, вместо них используются встроенные версии:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Kense — %1</source>
        <translation>Kense — %1</translation>
    </message>
    <message>
        <source>Select a request in the journal to print its document.</source>
        <translation>Выберите заявление в журнале, чтобы напечатать его документ.</translation>
    </message>
    <message>
        <source>%1 registered, due %2</source>
        <translation>%1 зарегистрировано, срок %2</translation>
    </message>
    <message>
        <source>%1 refused at intake</source>
        <translation>%1: отказано в приеме</translation>
    </message>
    <message>
        <source>Scanned %1: there is no such request in this desk&apos;s database.</source>
        <translation>Отсканирован номер %1: такого заявления нет в базе данных этого рабочего места.</translation>
    </message>
    <message>
        <source>Registration is on hold</source>
        <translation>Регистрация приостановлена</translation>
    </message>
    <message>
        <source>This desk&apos;s database was restored from a backup on %1 and may lack requests registered after that copy. Sync with the centre (F9) before registering, so that no number is given twice.</source>
        <translation>База данных этого рабочего места восстановлена из резервной копии %1, и в ней может не быть заявлений, зарегистрированных после этой копии. Перед регистрацией выполните синхронизацию с центром (F9), чтобы ни один номер не был выдан дважды.</translation>
    </message>
    <message>
        <source>Nothing more can be saved: start the program again</source>
        <translation>Больше ничего не сохраняется: перезапустите программу</translation>
    </message>
    <message>
        <source>The database is gone</source>
        <translation>Базы данных больше нет</translation>
    </message>
    <message>
        <source>Nothing more can be saved in this window: %1.</source>
        <translation>В этом окне больше ничего нельзя сохранить: %1.</translation>
    </message>
    <message>
        <source>Nothing can be saved</source>
        <translation>Ничего не сохраняется</translation>
    </message>
    <message>
        <source>This desk&apos;s records are sealed with its desk key, which this program could not read from the keychain. No application can be registered until the administrator puts the key back (kensectl db key add).

%1</source>
        <translation>Записи этого рабочего места запечатаны его ключом, а программа не смогла прочитать этот ключ из хранилища ключей. Пока администратор не вернёт ключ (kensectl db key add), ни одно заявление не зарегистрировать.

%1</translation>
    </message>
    <message>
        <source>Requests: more than %1</source>
        <translation>Заявлений: более %1</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Заявлений: %1</translation>
    </message>
</context>
<context>
    <name>kense::OfficeDirectory</name>
    <message>
        <source>only an administrator adds offices to the directory</source>
        <translation>Учреждения в справочник добавляет только администратор</translation>
    </message>
    <message>
        <source>office kind &quot;%1&quot;: one of %2</source>
        <translation>Вид учреждения «%1»: один из %2</translation>
    </message>
    <message>
        <source>the office&apos;s name and address take at most 300 characters each</source>
        <translation>Название и адрес учреждения — не более 300 символов каждый</translation>
    </message>
</context>
<context>
    <name>kense::OfficeHours</name>
    <message>
        <source>the office must open before it closes</source>
        <translation>офис должен открываться раньше, чем закрывается</translation>
    </message>
    <message>
        <source>a lunch break needs both a start and an end</source>
        <translation>у обеденного перерыва должны быть и начало, и конец</translation>
    </message>
    <message>
        <source>the lunch break must lie inside the working hours</source>
        <translation>обеденный перерыв должен быть внутри рабочего времени</translation>
    </message>
</context>
<context>
    <name>kense::OpenLock</name>
    <message>
        <source>%1: the folder %2 cannot be written; Kense needs to write beside its database</source>
        <translation>%1: в папку %2 нельзя записывать; Kense нужно писать рядом со своей базой данных</translation>
    </message>
    <message>
        <source>%1: another restore of this database is under way</source>
        <translation>%1: эта база данных уже восстанавливается</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (процесс %2)</translation>
    </message>
    <message>
        <source>%1: is being restored from a backup by %2; open it when the restore has finished</source>
        <translation>%1: восстанавливается из резервной копии программой %2; откройте её, когда восстановление закончится</translation>
    </message>
    <message>
        <source>%1: is open in %2; close that program first — nothing was changed</source>
        <translation>%1: открыта в программе %2; сначала закройте её — ничего не изменено</translation>
    </message>
</context>
<context>
    <name>kense::Outbox</name>
    <message>
        <source>this desk&apos;s change %1 is damaged on disk or was changed behind the program; nothing from it on is sent — run kensectl db verify and call the administrator</source>
        <translation>изменение %1 этого рабочего места повреждено на диске или изменено в обход программы; начиная с него ничего не отправляется — запустите kensectl db verify и обратитесь к администратору</translation>
    </message>
</context>
<context>
    <name>kense::OutboxDigest</name>
    <message>
        <source>cannot read the outbox: </source>
        <translation>не удалось прочитать исходящие изменения: </translation>
    </message>
    <message>
        <source>it has no digest (written behind the program)</source>
        <translation>у него нет хэша (записано в обход программы)</translation>
    </message>
    <message>
        <source>its content differs from its digest (damaged on disk or changed behind the program)</source>
        <translation>содержимое не совпадает с хэшем (повреждено на диске или изменено в обход программы)</translation>
    </message>
    <message>
        <source>it does not name the event it was made of</source>
        <translation>оно не называет событие, из которого сделано</translation>
    </message>
    <message>
        <source>outbox change %1: %2</source>
        <translation>исходящее изменение %1: %2</translation>
    </message>
</context>
<context>
    <name>kense::PagePainter</name>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>не удалось открыть принтер или файл для записи</translation>
    </message>
    <message>
        <source>the printer refused page %1</source>
        <translation>принтер не принял страницу %1</translation>
    </message>
    <message>
        <source>the printer or file did not accept the document</source>
        <translation>принтер или файл не принял документ</translation>
    </message>
</context>
<context>
    <name>kense::PasswordHasher</name>
    <message>
        <source>cannot hash the password: </source>
        <translation>не удалось вычислить хеш пароля: </translation>
    </message>
</context>
<context>
    <name>kense::Path</name>
    <message>
        <source>head&apos;s resolution → executor → head&apos;s signature</source>
        <translation>резолюция руководителя → исполнитель → подпись руководителя</translation>
    </message>
    <message>
        <source>executor, no head&apos;s resolution or signature</source>
        <translation>исполнитель, без резолюции и подписи руководителя</translation>
    </message>
    <message>
        <source>the office registers and issues</source>
        <translation>канцелярия регистрирует и выдаёт</translation>
    </message>
</context>
<context>
    <name>kense::PersonName</name>
    <message>
        <source>the name is empty</source>
        <translation>имя не заполнено</translation>
    </message>
    <message>
        <source>a name is at most 120 characters long</source>
        <translation>имя не длиннее 120 символов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kazakh or Russian letter</source>
        <translation>&quot;%1&quot; — не казахская и не русская буква</translation>
    </message>
    <message>
        <source>a space, hyphen or apostrophe must stand between letters</source>
        <translation>пробел, дефис или апостроф должны стоять между буквами</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
</context>
<context>
    <name>kense::Phone</name>
    <message>
        <source>a phone number cannot contain &quot;%1&quot;</source>
        <translation>номер телефона не может содержать &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>номер телефона не заполнен</translation>
    </message>
    <message>
        <source>a phone number has 10 digits after +7 or 8</source>
        <translation>в номере телефона 10 цифр после +7 или 8</translation>
    </message>
    <message>
        <source>a Kazakhstan number begins with +7 7</source>
        <translation>казахстанский номер начинается с +7 7</translation>
    </message>
</context>
<context>
    <name>kense::PlaceActs</name>
    <message>
        <source>no request %1</source>
        <translation>нет заявления %1</translation>
    </message>
    <message>
        <source>%1 is not an application for a place in a waiting list</source>
        <translation>%1 — не заявление о постановке в очередь</translation>
    </message>
    <message>
        <source>the waiting lists are kept by the provider&apos;s desk, not at %1-%2</source>
        <translation>очереди ведёт рабочее место услугодателя, а не %1-%2</translation>
    </message>
    <message>
        <source>%1 is «%2»: its child waits in no list</source>
        <translation>%1 — «%2»: ребёнок не стоит ни в одной очереди</translation>
    </message>
    <message>
        <source>«%1» cannot be done for %2: the child is «%3»</source>
        <translation>«%1» нельзя сделать для %2: ребёнок — «%3»</translation>
    </message>
    <message>
        <source>%1 may not «%2»: only %3 may</source>
        <translation>%1 не может «%2»: только %3</translation>
    </message>
    <message>
        <source>an offer names the kindergarten</source>
        <translation>в предложении места указывается детский сад</translation>
    </message>
    <message>
        <source>the regulation of %1 gives a direction no term: it does not lapse by itself (record the enrolment, or the parent&apos;s withdrawal)</source>
        <translation>регламент %1 не устанавливает срок направления: оно не истекает само (отметьте зачисление в детский сад или отзыв заявления родителем)</translation>
    </message>
    <message>
        <source>the direction of %1 issued on %2 is valid until %3: it lapses only after that</source>
        <translation>направление по заявлению %1, выданное %2, действительно до %3: его срок истекает только после этой даты</translation>
    </message>
    <message>
        <source>the day to answer by, %1, is before the offer&apos;s own day %2</source>
        <translation>день ответа %1 раньше дня самого предложения %2</translation>
    </message>
</context>
<context>
    <name>kense::PlaceMove</name>
    <message>
        <source>Offer a place</source>
        <translation>Предложить место</translation>
    </message>
    <message>
        <source>The parent refused the place in writing</source>
        <translation>Родитель письменно отказался от места</translation>
    </message>
    <message>
        <source>The parent consented: issue the direction</source>
        <translation>Родитель согласился: выдать направление</translation>
    </message>
    <message>
        <source>The kindergarten registered the direction</source>
        <translation>Детский сад зарегистрировал направление</translation>
    </message>
    <message>
        <source>The direction expired</source>
        <translation>Срок направления истёк</translation>
    </message>
    <message>
        <source>Withdraw from the list</source>
        <translation>Снять с очереди</translation>
    </message>
</context>
<context>
    <name>kense::PlaceOfferDialog</name>
    <message>
        <source>Offer a place</source>
        <translation>Предложить место</translation>
    </message>
    <message>
        <source>A free place for the child of application %1. The parent answers in writing: a consent issues the direction, a refusal keeps the child in the queue.</source>
        <translation>Свободное место для ребенка по заявлению %1. Родитель отвечает письменно: при согласии выдается направление, при отказе ребенок остается в очереди.</translation>
    </message>
    <message>
        <source>e.g. № 5 «Ақбота» балабақшасы</source>
        <translation>например, ясли-сад № 5 «Ақбота»</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Детский сад:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Предложить</translation>
    </message>
    <message>
        <source>The parent &amp;answers by:</source>
        <translation>&amp;Ответ родителя до:</translation>
    </message>
</context>
<context>
    <name>kense::PlaceState</name>
    <message>
        <source>Waiting for a place</source>
        <translation>Ожидает места</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Место предложено</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Направление выдано</translation>
    </message>
    <message>
        <source>Enrolled in the kindergarten</source>
        <translation>Зачислен в детский сад</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Направление просрочено</translation>
    </message>
    <message>
        <source>Withdrawn from the list</source>
        <translation>Снят с очереди</translation>
    </message>
</context>
<context>
    <name>kense::PrintSettingsDialog</name>
    <message>
        <source>PDF files</source>
        <translation>Файлы PDF</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Страница калибровки</translation>
    </message>
    <message>
        <source>The print settings were not saved: %1</source>
        <translation>Настройки печати не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>kense::QueueStore</name>
    <message>
        <source>only an administrator changes working hours</source>
        <translation>часы работы меняет только администратор</translation>
    </message>
</context>
<context>
    <name>kense::ReportDialog</name>
    <message>
        <source>Save as CSV</source>
        <translation>Сохранить как CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal of the period</source>
        <translation>Журнал за период</translation>
    </message>
    <message>
        <source>Overdue and due within a working day</source>
        <translation>Просроченные и истекающие в течение рабочего дня</translation>
    </message>
    <message>
        <source>Statistics per service</source>
        <translation>Статистика по услугам</translation>
    </message>
    <message>
        <source>Quality survey per service</source>
        <translation>Анкетирование качества по услугам</translation>
    </message>
    <message>
        <source>The period ends before it begins: check &quot;To&quot;.</source>
        <translation>Период заканчивается раньше, чем начинается: проверьте поле «По».</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Отчет формируется…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Не удалось сформировать отчет: %1</translation>
    </message>
    <message>
        <source>The report is open in the preview.</source>
        <translation>Отчет открыт в предварительном просмотре.</translation>
    </message>
    <message>
        <source>The report&apos;s template is broken: %1</source>
        <translation>Шаблон отчета испорчен: %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>kense::RequestCardDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>There is no request %1 in this desk&apos;s database.</source>
        <translation>В базе этого рабочего места нет заявления %1.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>The whole request</source>
        <translation>Заявление целиком</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Result %1, prepared by %2 on %3</source>
        <translation>Результат %1, подготовил(а) %2, %3</translation>
    </message>
    <message>
        <source>No result has been prepared yet.</source>
        <translation>Результат еще не подготовлен.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this request now</source>
        <translation>По этому заявлению сейчас для вас действий нет</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Что вы можете сделать сейчас</translation>
    </message>
    <message>
        <source>Choose the executor first: no active user holds the executor role.</source>
        <translation>Сначала выберите исполнителя: нет активного пользователя с ролью исполнителя.</translation>
    </message>
    <message>
        <source>Write the reasons in &quot;Note or reasons&quot;: they are printed in the refusal letter and kept in the history.</source>
        <translation>Укажите основания в поле «Примечание или основания»: они печатаются в письме об отказе и сохраняются в истории.</translation>
    </message>
    <message>
        <source>%1: %2?
This cannot be undone.</source>
        <translation>%1: %2?
Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Выполнено: %1.</translation>
    </message>
    <message>
        <source>Line %1 of the result needs both a subject and a grade.</source>
        <translation>В строке %1 результата нужны и предмет, и оценка.</translation>
    </message>
    <message>
        <source>Result %1 saved.</source>
        <translation>Результат %1 сохранен.</translation>
    </message>
    <message>
        <source>The survey was not answered.</source>
        <translation>Анкета не заполнена.</translation>
    </message>
    <message>
        <source>The survey&apos;s answers are recorded.</source>
        <translation>Ответы анкеты записаны.</translation>
    </message>
    <message>
        <source>Corrected: %1. The history keeps what it was.</source>
        <translation>Исправлено: %1. Прежнее значение сохранено в истории.</translation>
    </message>
    <message>
        <source>Choose what to do with its button: Enter runs a move only when the card shows one.</source>
        <translation>Выберите действие его кнопкой: Enter выполняет действие, только когда в карточке оно одно.</translation>
    </message>
    <message>
        <source>Line %1 of the result: %2.</source>
        <translation>Строка %1 результата: %2.</translation>
    </message>
    <message>
        <source>The applicant, %1</source>
        <translation>Заявитель, %1</translation>
    </message>
    <message>
        <source>The representative, %1</source>
        <translation>Представитель, %1</translation>
    </message>
    <message>
        <source>Say who came for it in &quot;Received by&quot;: the receipt of issue names them.</source>
        <translation>Укажите в поле «Кто получил», кто пришёл за результатом: он указывается в расписке о выдаче.</translation>
    </message>
    <message>
        <source>The result of this service&apos;s term is the receipt, signed by the head: there is nothing to fill in.</source>
        <translation>Результат этой услуги в срок — расписка, подписанная руководителем: заполнять нечего.</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Сохранить: %1</translation>
    </message>
    <message>
        <source>The result of this service&apos;s term is the receipt: there is nothing to fill in.</source>
        <translation>Результат этой услуги в срок — расписка: заполнять нечего.</translation>
    </message>
    <message>
        <source>The child waits for a place in the queue.</source>
        <translation>Ребенок ожидает места в очереди.</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent&apos;s written answer is awaited.</source>
        <translation>%1 предложено место: %2. Ожидается письменный ответ родителя.</translation>
    </message>
    <message>
        <source>Direction issued on %1 to %2; valid until %3.</source>
        <translation>%1 выдано направление: %2; действительно до %3.</translation>
    </message>
    <message>
        <source>Direction issued on %1 to %2.</source>
        <translation>%1 выдано направление: %2.</translation>
    </message>
    <message>
        <source>%1 on %2; the child is no longer in the queue.</source>
        <translation>%1 (%2); ребенок снят с очереди.</translation>
    </message>
    <message>
        <source>Offer a place…</source>
        <translation>Предложить место…</translation>
    </message>
    <message>
        <source>Portal request number</source>
        <translation>Номер заявки на портале</translation>
    </message>
    <message>
        <source>Sent through the portal</source>
        <translation>Отправлена через портал</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent was to answer by %3: no answer is recorded.</source>
        <translation>%1 предложено место: %2. Родитель должен был ответить до %3: ответ не записан.</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent&apos;s written answer is awaited by %3.</source>
        <translation>%1 предложено место: %2. Письменный ответ родителя ожидается до %3.</translation>
    </message>
    <message>
        <source>Note (%1, %2): «%3»</source>
        <translation>Примечание (%1, %2): «%3»</translation>
    </message>
</context>
<context>
    <name>kense::RequestPrinting</name>
    <message>
        <source>Preparing the document of %1…</source>
        <translation>Подготовка документа %1…</translation>
    </message>
    <message>
        <source>%1: nothing is printed for a request in this state.</source>
        <translation>%1: для заявления в этом состоянии печатать нечего.</translation>
    </message>
    <message>
        <source>%1: the request has had no %2 to print.</source>
        <translation>%1: у обращения нет документа «%2» для печати.</translation>
    </message>
</context>
<context>
    <name>kense::RequestRepository</name>
    <message>
        <source>no service variant given</source>
        <translation>вариант услуги не указан</translation>
    </message>
    <message>
        <source>the history cannot %1 from &quot;%2&quot;</source>
        <translation>в истории нельзя %1 из «%2»</translation>
    </message>
    <message>
        <source>cannot take the next number</source>
        <translation>не удалось получить следующий номер</translation>
    </message>
    <message>
        <source>no request %1</source>
        <translation>заявления %1 нет</translation>
    </message>
    <message>
        <source>%1 may not «%2»: only %3 may</source>
        <translation>%1 не может «%2»: только %3</translation>
    </message>
    <message>
        <source>assigning needs the executor</source>
        <translation>для назначения нужен исполнитель</translation>
    </message>
    <message>
        <source>the chosen user is not an active executor</source>
        <translation>выбранный пользователь не является активным исполнителем</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; look again</source>
        <translation>%1 изменил кто-то другой; посмотрите еще раз</translation>
    </message>
    <message>
        <source>%1 is a request for %2, not %3</source>
        <translation>%1 — заявление на %2, а не на %3</translation>
    </message>
    <message>
        <source>%1 may not correct a request that is &quot;%2&quot;</source>
        <translation>%1 не может исправлять заявление в состоянии «%2»</translation>
    </message>
    <message>
        <source>%1: not a field of %2</source>
        <translation>%1: не поле %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>who received it is said only when a result or a refusal is issued</source>
        <translation>кто получил, указывается только при выдаче результата или отказа</translation>
    </message>
    <message>
        <source>a result is received by the applicant or the representative</source>
        <translation>результат получает заявитель или представитель</translation>
    </message>
    <message>
        <source>%1 has no representative: the applicant receives it</source>
        <translation>у обращения %1 нет представителя: результат получает сам заявитель</translation>
    </message>
    <message>
        <source>«%1» is made only by a courier register: add the request to a register, send the register with the courier, receive it by scanning (Courier registers)</source>
        <translation>«%1» выполняется только через реестр: включите заявку в реестр, передайте реестр курьеру, примите его сканированием (Реестры)</translation>
    </message>
    <message>
        <source>a request is moved along its service&apos;s path: the catalog was not given</source>
        <translation>заявление движется по пути своей услуги: каталог услуг не передан</translation>
    </message>
    <message>
        <source>a request that is «%1» cannot become «%2» (%3; its service: %4)</source>
        <translation>заявление в состоянии «%1» не может перейти в состояние «%2» (%3; услуга: %4)</translation>
    </message>
    <message>
        <source>«%1» cannot be done to a request that is «%2» (%3; its service: %4)</source>
        <translation>«%1» нельзя сделать с заявлением в состоянии «%2» (%3; услуга: %4)</translation>
    </message>
    <message>
        <source>survey answers are written with the history&apos;s issue</source>
        <translation>ответы на анкету записываются вместе с выдачей в истории</translation>
    </message>
    <message>
        <source>a result is written with the history&apos;s preparation of it</source>
        <translation>результат записывается вместе с его подготовкой в истории</translation>
    </message>
</context>
<context>
    <name>kense::RequestSeals</name>
    <message>
        <source>cannot seal the requests: </source>
        <translation>не удалось опечатать заявки: </translation>
    </message>
    <message>
        <source>cannot read the requests&apos; seals: </source>
        <translation>не удалось прочитать печати заявок: </translation>
    </message>
    <message>
        <source>it has no seal (added, or its seal taken away, behind the program)</source>
        <translation>у неё нет печати (добавлена или лишена печати в обход программы)</translation>
    </message>
    <message>
        <source>its rows differ from what the program last wrote (changed behind the program: the request, its parties, documents or result)</source>
        <translation>её записи отличаются от того, что программа записала последним (изменено в обход программы: заявка, её участники, документы или результат)</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>it was removed behind the program (its seal is left)</source>
        <translation>она удалена в обход программы (печать осталась)</translation>
    </message>
</context>
<context>
    <name>kense::RequestState</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано в приёме</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>In a courier register</source>
        <translation>В реестре для курьера</translation>
    </message>
    <message>
        <source>Sent to the provider</source>
        <translation>Отправлено услугодателю</translation>
    </message>
    <message>
        <source>Received by the provider</source>
        <translation>Получено услугодателем</translation>
    </message>
    <message>
        <source>With the executor</source>
        <translation>У исполнителя</translation>
    </message>
    <message>
        <source>Result prepared</source>
        <translation>Результат подготовлен</translation>
    </message>
    <message>
        <source>Refusal prepared</source>
        <translation>Отказ подготовлен</translation>
    </message>
    <message>
        <source>Result signed</source>
        <translation>Результат подписан</translation>
    </message>
    <message>
        <source>Refusal signed</source>
        <translation>Отказ подписан</translation>
    </message>
    <message>
        <source>Result back at the service centre</source>
        <translation>Результат возвращён в ЦОН</translation>
    </message>
    <message>
        <source>Refusal back at the service centre</source>
        <translation>Отказ возвращён в ЦОН</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Refusal issued</source>
        <translation>Отказ выдан</translation>
    </message>
    <message>
        <source>Not collected, in storage</source>
        <translation>Не востребовано, на хранении</translation>
    </message>
    <message>
        <source>Result back at the akim&apos;s office</source>
        <translation>Результат возвращён в аппарат акима</translation>
    </message>
    <message>
        <source>Refusal back at the akim&apos;s office</source>
        <translation>Отказ возвращён в аппарат акима</translation>
    </message>
</context>
<context>
    <name>kense::RestoreHold</name>
    <message>
        <source>this desk&apos;s database was restored from a backup on %1 and may lack requests it registered after that copy; nothing is registered or moved here until it has caught up. Sync with the centre (it brings them back), or, on a desk that syncs with no centre, have an administrator release the hold (kensectl db release-hold)</source>
        <translation>база данных этого рабочего места восстановлена из резервной копии %1, и в ней может не быть заявлений, зарегистрированных после этой копии; пока они не возвращены, здесь ничего не регистрируется и не передаётся дальше. Выполните синхронизацию с центром (он вернёт их), а на рабочем месте без центра пусть администратор снимет приостановку (kensectl db release-hold)</translation>
    </message>
    <message>
        <source>only an administrator releases the hold</source>
        <translation>снять приостановку может только администратор</translation>
    </message>
    <message>
        <source>say why the desk may work without catching up (the reason is kept with the event)</source>
        <translation>укажите, почему рабочее место может работать, не вернув данные (причина сохраняется в событии)</translation>
    </message>
    <message>
        <source>this desk is not on hold: it was not restored from a backup, or has caught up</source>
        <translation>это рабочее место не приостановлено: оно не восстанавливалось из копии или уже вернуло данные</translation>
    </message>
</context>
<context>
    <name>kense::ResultActs</name>
    <message>
        <source>no request %1</source>
        <translation>нет заявления %1</translation>
    </message>
    <message>
        <source>%1: its service %2 is not in the catalog in force</source>
        <translation>%1: его услуги %2 нет в действующем каталоге</translation>
    </message>
    <message>
        <source>%1: the service %2 does not ask the applicant the survey</source>
        <translation>%1: услуга %2 не предусматривает анкетирования заявителя</translation>
    </message>
</context>
<context>
    <name>kense::Results</name>
    <message>
        <source>no request %1</source>
        <translation>заявления %1 нет</translation>
    </message>
    <message>
        <source>%1 is not an executor or a head: only they prepare results</source>
        <translation>%1 не исполнитель и не руководитель: результат готовят только они</translation>
    </message>
    <message>
        <source>every grade line names a subject and a grade</source>
        <translation>в каждой строке нужны предмет и оценка</translation>
    </message>
    <message>
        <source>%1 is %2: a result is prepared while the request is in work</source>
        <translation>%1 в состоянии %2: результат готовится, пока заявление в работе</translation>
    </message>
    <message>
        <source>each survey answer is 1, 2 or 3</source>
        <translation>каждый ответ анкеты — 1, 2 или 3</translation>
    </message>
    <message>
        <source>%1 is %2: the survey is asked when the result is issued</source>
        <translation>%1 в состоянии %2: анкета проводится при выдаче результата</translation>
    </message>
    <message>
        <source>%1: the applicant has already answered the survey</source>
        <translation>%1: заявитель уже ответил на анкету</translation>
    </message>
    <message>
        <source>grade line %1 (%2): %3</source>
        <translation>строка оценок %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: the service %2 names no result document</source>
        <translation>%1: услуга %2 не называет документа-результата</translation>
    </message>
    <message>
        <source>%1: the result of its term is the receipt signed by the head; it has no data to save</source>
        <translation>%1: результат в срок — расписка, подписанная руководителем; сохранять нечего</translation>
    </message>
    <message>
        <source>%1: the result of its term is the receipt; it has no data to save</source>
        <translation>%1: результат в срок — расписка; сохранять нечего</translation>
    </message>
    <message>
        <source>cannot take the next number</source>
        <translation>не удалось получить следующий номер</translation>
    </message>
</context>
<context>
    <name>kense::Role</name>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник канцелярии</translation>
    </message>
    <message>
        <source>Service centre operator</source>
        <translation>Оператор ЦОН</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Услугополучатель</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Информационная система</translation>
    </message>
    <message>
        <source>Akim&apos;s office specialist</source>
        <translation>Специалист аппарата акима</translation>
    </message>
</context>
<context>
    <name>kense::ServiceCatalog</name>
    <message>
        <source>the variant &quot;%1&quot; is already defined by another file</source>
        <translation>вариант &quot;%1&quot; уже определён в другом файле</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is already defined by %2</source>
        <translation>вариант &quot;%1&quot; уже определён в файле %2</translation>
    </message>
    <message>
        <source>%1 (entered by the desk&apos;s administrator)</source>
        <translation>%1 (установлен администратором рабочего места)</translation>
    </message>
</context>
<context>
    <name>kense::Settings</name>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>must be within %1</source>
        <translation>допустимо %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>допустимо одно из: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>не удалось записать %1</translation>
    </message>
</context>
<context>
    <name>kense::SetupDialog</name>
    <message>
        <source>Another office (not in the directory)</source>
        <translation>Другой офис (нет в справочнике)</translation>
    </message>
    <message>
        <source>New office code: use 2 to 12 Latin capital letters and digits.</source>
        <translation>Код нового офиса: от 2 до 12 заглавных латинских букв и цифр.</translation>
    </message>
    <message>
        <source>New office name: write the office&apos;s name.</source>
        <translation>Название нового офиса: укажите название офиса.</translation>
    </message>
    <message>
        <source>Desk code: use 1 to 6 Latin capital letters and digits.</source>
        <translation>Код рабочего места: от 1 до 6 заглавных латинских букв и цифр.</translation>
    </message>
    <message>
        <source>Administrator: write the login and the full name.</source>
        <translation>Администратор: укажите логин и ФИО.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Пароль: %1.</translation>
    </message>
</context>
<context>
    <name>kense::SignInDialog</name>
    <message>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask the administrator to set a new password.</source>
        <translation>Слишком много неудачных попыток: эта учётная запись заблокирована до %1. Повторите тогда или попросите администратора задать новый пароль.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>kense::Sla</name>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок подходит</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>No term set</source>
        <translation>Срок не установлен</translation>
    </message>
    <message>
        <source>term not set</source>
        <translation>срок не установлен</translation>
    </message>
</context>
<context>
    <name>kense::SnapshotWriter</name>
    <message>
        <source>no request with id %1</source>
        <translation>нет заявления с id %1</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>нет события с id %1</translation>
    </message>
    <message>
        <source>a change names no office</source>
        <translation>в изменении не указано учреждение</translation>
    </message>
    <message>
        <source>a change carries a request without uuid or number</source>
        <translation>в изменении заявление без uuid или номера</translation>
    </message>
</context>
<context>
    <name>kense::SqlUtil</name>
    <message>
        <source>cannot start a transaction: </source>
        <translation>не удалось начать транзакцию: </translation>
    </message>
    <message>
        <source>cannot commit: </source>
        <translation>не удалось сохранить: </translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for %1 seconds without a pause; nothing was saved — try again, and if it stays busy close the other Kense programs</source>
        <translation>база данных занята: другая программа пишет в неё %1 секунд без перерыва; ничего не сохранено — повторите, а если она так и занята, закройте другие программы Kense</translation>
    </message>
</context>
<context>
    <name>kense::StateReplay</name>
    <message>
        <source>cannot replay the requests&apos; history: </source>
        <translation>не удаётся воспроизвести историю заявок: </translation>
    </message>
    <message>
        <source>its state is %1, but its history leaves it %2 (the state was changed behind the program)</source>
        <translation>её состояние %1, но по истории оно должно быть %2 (состояние изменено в обход программы)</translation>
    </message>
    <message>
        <source>its form, applicant, parties or documents are not what its history recorded (changed behind the program)</source>
        <translation>её анкета, заявитель, участники или документы не те, что записаны в её истории (изменены в обход программы)</translation>
    </message>
</context>
<context>
    <name>kense::SyncController</name>
    <message>
        <source>No central server is set (Settings → Central server).</source>
        <translation>Центральный сервер не задан (Настройки → Центральный сервер).</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1.</source>
        <translation>В хранилище ключей нет пароля для %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). The password will be kept only until Kense closes.</source>
        <translation>На этом компьютере нет хранилища ключей (%1). Пароль будет храниться только до закрытия Kense.</translation>
    </message>
    <message>
        <source>Password of the central server</source>
        <translation>Пароль центрального сервера</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Пароль %1:</translation>
    </message>
    <message>
        <source>The sync was not started: no password.</source>
        <translation>Синхронизация не начата: нет пароля.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts.</source>
        <translation>Синхронизировано: отправлено %1, получено %2, конфликтов %3.</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was sent and received so far is kept.</source>
        <translation>Синхронизация остановлена; отправленное и полученное до этого момента сохранено.</translation>
    </message>
</context>
<context>
    <name>kense::SyncEngine</name>
    <message>
        <source>the centre holds changes up to %1 from desk %2, but this database has only up to %3: it may have been restored from a backup. Ask the administrator of the centre before syncing this database</source>
        <translation>в центре есть изменения места %2 до %1, а в этой базе только до %3: возможно, она восстановлена из резервной копии. Прежде чем синхронизировать эту базу, обратитесь к администратору центра</translation>
    </message>
    <message>
        <source>number %1 of desk %2</source>
        <translation>номер %1 рабочего места %2</translation>
    </message>
    <message>
        <source>this desk keeps changes of desk %1 to pass on to the centre, but the keychain holds no exchange key of that desk to check them with (kensectl exchange key add)</source>
        <translation>это рабочее место хранит изменения рабочего места %1 для передачи в центр, но в хранилище ключей нет ключа обмена этого рабочего места, чтобы их проверить (kensectl exchange key add)</translation>
    </message>
    <message>
        <source>change %1 of desk %2, kept here to pass on to the centre, does not carry that desk&apos;s signature: it was changed here after its package was imported (or came in a package of the old kind); nothing of desk %2 was passed on — call the administrator</source>
        <translation>изменение %1 рабочего места %2, хранимое здесь для передачи в центр, не несёт подписи этого рабочего места: его изменили здесь после загрузки пакета (или оно пришло в пакете старого вида); ничего от рабочего места %2 не передано — позовите администратора</translation>
    </message>
    <message>
        <source>the centre holds the changes of desk %1 only up to %2, and this desk let go of its changes up to %3 after the centre had confirmed them (it keeps them %4 days): the centre was restored from a backup older than that. Nothing was sent; the centre&apos;s administrator restores a newer backup</source>
        <translation>в центре изменения рабочего места %1 есть только до %2, а это рабочее место уже не хранит свои изменения до %3, подтверждённые центром (оно хранит их %4 дн.): центр восстановлен из более старой резервной копии. Ничего не отправлено; администратор центра восстанавливает более новую копию</translation>
    </message>
</context>
<context>
    <name>kense::SyncStatusWidget</name>
    <message>
        <source>sending %p%</source>
        <translation>отправка %p%</translation>
    </message>
    <message>
        <source>receiving %p%</source>
        <translation>получение %p%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the sync; what was sent and received so far is kept</source>
        <translation>Остановить синхронизацию; отправленное и полученное до этого момента сохранится</translation>
    </message>
    <message>
        <source>No central server</source>
        <translation>Нет центрального сервера</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Еще не синхронизировано</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ожидают: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>конфликтов: %1</translation>
    </message>
    <message>
        <source>On hold after a restore: sync to work again</source>
        <translation>Приостановлено после восстановления: синхронизируйте, чтобы продолжить</translation>
    </message>
    <message>
        <source>The desk key is missing: nothing can be saved</source>
        <translation>Нет ключа рабочего места: ничего не сохраняется</translation>
    </message>
    <message>
        <source>Not encrypted: the link to the centre is clear text</source>
        <translation>Без шифрования: связь с центром идёт открытым текстом</translation>
    </message>
</context>
<context>
    <name>kense::Transition</name>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation>Отказать в приёме</translation>
    </message>
    <message>
        <source>Add to a courier register</source>
        <translation>Включить в реестр для курьера</translation>
    </message>
    <message>
        <source>Remove from the courier register</source>
        <translation>Исключить из реестра для курьера</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>Отправить услугодателю</translation>
    </message>
    <message>
        <source>Receive from the courier</source>
        <translation>Принять от курьера</translation>
    </message>
    <message>
        <source>Assign an executor</source>
        <translation>Назначить исполнителя</translation>
    </message>
    <message>
        <source>Prepare the result</source>
        <translation>Подготовить результат</translation>
    </message>
    <message>
        <source>Prepare a reasoned refusal</source>
        <translation>Подготовить мотивированный отказ</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Sign the result</source>
        <translation>Подписать результат</translation>
    </message>
    <message>
        <source>Sign the refusal</source>
        <translation>Подписать отказ</translation>
    </message>
    <message>
        <source>Receive back at the service centre</source>
        <translation>Принять обратно в ЦОН</translation>
    </message>
    <message>
        <source>Issue the result</source>
        <translation>Выдать результат</translation>
    </message>
    <message>
        <source>Issue the refusal</source>
        <translation>Выдать отказ</translation>
    </message>
    <message>
        <source>Not collected: to storage</source>
        <translation>Не востребовано: на хранение</translation>
    </message>
    <message>
        <source>Receive back at the akim&apos;s office</source>
        <translation>Принять обратно в аппарате акима</translation>
    </message>
</context>
<context>
    <name>kense::UserDialog</name>
    <message>
        <source>The account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
    <message>
        <source>As documents print it: receipts, results and registers name the employee by surname, given name and patronymic (if the person has one).</source>
        <translation>Как в документах: расписки, результаты и реестры называют сотрудника по фамилии, имени и отчеству (при наличии).</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>A new password (empty: unchanged)</source>
        <translation>Новый пароль (пусто: без изменений)</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Отметьте хотя бы одну роль.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Пароль: %1.</translation>
    </message>
</context>
<context>
    <name>kense::UserRepository</name>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>пароль содержит не менее %1 символов</translation>
    </message>
    <message>
        <source>a login has 2 to 64 Latin letters, digits, dots, dashes or underscores</source>
        <translation>логин: от 2 до 64 латинских букв, цифр, точек, дефисов или подчеркиваний</translation>
    </message>
    <message>
        <source>the user needs at least one role</source>
        <translation>у пользователя должна быть хотя бы одна роль</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is taken</source>
        <translation>логин «%1» занят</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>пользователя «%1» нет</translation>
    </message>
    <message>
        <source>a password is not one character repeated</source>
        <translation>пароль — не один повторённый символ</translation>
    </message>
    <message>
        <source>only an administrator adds accounts</source>
        <translation>учётные записи добавляет только администратор</translation>
    </message>
    <message>
        <source>only an administrator sets another user&apos;s password</source>
        <translation>пароль другого пользователя задаёт только администратор</translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation>учётные записи отключает и включает только администратор</translation>
    </message>
    <message>
        <source>an administrator cannot disable their own account</source>
        <translation>администратор не может отключить свою учётную запись</translation>
    </message>
    <message>
        <source>the user needs a name</source>
        <translation>нужно указать имя пользователя</translation>
    </message>
    <message>
        <source>only an administrator corrects an account&apos;s name</source>
        <translation>ФИО учётной записи исправляет только администратор</translation>
    </message>
    <message>
        <source>%1 is an account of another desk, kept here for the history: it is managed at its own desk</source>
        <translation>%1 — учётная запись другого рабочего места, хранится здесь для истории: ею управляют на её рабочем месте</translation>
    </message>
    <message>
        <source>only an administrator changes an account&apos;s roles</source>
        <translation>роли учётной записи меняет только администратор</translation>
    </message>
    <message>
        <source>an administrator cannot take their own administrator&apos;s role</source>
        <translation>администратор не может снять с себя роль администратора</translation>
    </message>
    <message>
        <source>%1&apos;s name is not complete for these roles (%2): correct the name first</source>
        <translation>ФИО пользователя %1 неполно для этих ролей (%2): сначала исправьте ФИО</translation>
    </message>
    <message>
        <source>the role «%1» is not given at this desk (%2)</source>
        <translation>роль «%1» на этом рабочем месте не даётся (%2)</translation>
    </message>
</context>
<context>
    <name>kense::WaitingListDialog</name>
    <message>
        <source>Preschool queue</source>
        <translation>Очередь в дошкольные организации</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>Год &amp;рождения:</translation>
    </message>
    <message>
        <source>A place &amp;from:</source>
        <translation>Место &amp;с:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить в &amp;CSV…</translation>
    </message>
    <message>
        <source>No service this desk takes keeps a waiting list.</source>
        <translation>На этом рабочем месте нет услуги, по которой ведётся очередь.</translation>
    </message>
    <message>
        <source>Counting the positions…</source>
        <translation>Идёт расчёт мест в очереди…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source> (not proved)</source>
        <translation> (не подтверждена)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Очерёдность</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Льгота</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>A place from</source>
        <translation>Место с</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) waiting in the lists shown; positions as of %1.</source>
        <translation>
            <numerusform>В показанных списках ждёт %n ребёнок; места по состоянию на %1.</numerusform>
            <numerusform>В показанных списках ждут %n ребёнка; места по состоянию на %1.</numerusform>
            <numerusform>В показанных списках ждут %n детей; места по состоянию на %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Сохранить как CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Double-click a child, or press Enter, to open the request: a place is offered there.</source>
        <translation>Дважды щелкните по ребенку или нажмите Enter, чтобы открыть заявление: место предлагается там.</translation>
    </message>
</context>
<context>
    <name>kense::WaitingLists</name>
    <message>
        <source>%1 is not a service of the catalog</source>
        <translation>%1 — такой услуги нет в каталоге</translation>
    </message>
    <message>
        <source>%1 keeps no waiting list: it is not a queue service</source>
        <translation>%1 не ведёт очередь: это не услуга постановки на очередь</translation>
    </message>
</context>
<context>
    <name>kense::WholeFile</name>
    <message>
        <source>%1: the disk is full; nothing was written</source>
        <translation>%1: диск заполнен; ничего не записано</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: не удаётся записать (%2)</translation>
    </message>
</context>
<context>
    <name>kense::WindowHelp</name>
    <message>
        <source>The journal lists this desk&apos;s requests, the newest first. Find one by its number, the applicant&apos;s IIN or name; narrow the list with the filters; open a request&apos;s card with Enter or a double click. A number read by the barcode scanner opens its card from any window.</source>
        <translation>В журнале — заявления этого рабочего места, новые сверху. Найдите заявление по номеру, ИИН или ФИО заявителя; сузьте список фильтрами; откройте карточку заявления клавишей Enter или двойным щелчком. Номер, считанный сканером штрихкода, открывает свою карточку из любого окна.</translation>
    </message>
    <message>
        <source>Taking an application, page by page: the service, the applicant (start with the IIN; one this desk knows offers the data of its last request), the subject of the service, the documents of the package and the summary. Nothing is saved before the last button: it registers the request and prints the receipt or, with a required document missing, refuses it and prints the refusal receipt.</source>
        <translation>Приём заявления, страница за страницей: услуга, заявитель (начните с ИИН; по ИИН, уже обращавшемуся сюда, предлагаются данные его последнего заявления), лицо, в отношении которого оказывается услуга, пакет документов и итог. До последней кнопки ничего не сохраняется: она регистрирует заявление и печатает расписку, а если нет обязательного документа — отказывает в приёме и печатает расписку об отказе.</translation>
    </message>
    <message>
        <source>The card of one request: its data, documents, steps and due dates, history and result. The buttons at the bottom are the moves its state allows you; a move asks for a note or reasons where the regulation wants them. Corrected data is saved with «Save the corrections» and recorded in the history.</source>
        <translation>Карточка одного заявления: данные, документы, этапы и сроки, история и результат. Кнопки внизу — действия, которые вам позволяет состояние заявления; где этого требует регламент, действие спрашивает примечание или причины. Исправленные данные сохраняются кнопкой «Сохранить исправления» и записываются в историю.</translation>
    </message>
    <message>
        <source>Courier registers carry applications between a ЦОН and the provider. At the ЦОН: open a register to the provider, scan or type each package&apos;s number with its sheets, print the register and hand it to the courier. At the provider: scan the packages of a register that came and receive it; a number the register does not list is said.</source>
        <translation>Реестры передают заявления между ЦОН и услугодателем. В ЦОН: откройте реестр к услугодателю, отсканируйте или наберите номер каждого пакета с числом листов, распечатайте реестр и передайте его курьеру. У услугодателя: отсканируйте пакеты пришедшего реестра и примите его; о номере, которого нет в реестре, будет сказано.</translation>
    </message>
    <message>
        <source>The preschool waiting lists this desk keeps, each in the order of the queue. Open a child&apos;s card with Enter or a double click: a place is offered, answered and the direction issued from there.</source>
        <translation>Списки очереди в детские сады, которые ведёт это рабочее место, каждый в порядке очереди. Откройте карточку ребёнка клавишей Enter или двойным щелчком: там предлагается место, записывается ответ и выдаётся направление.</translation>
    </message>
    <message>
        <source>Reports over a period: choose the report and the dates, then preview and print it or save it as CSV. A long report shows its progress and can be cancelled.</source>
        <translation>Отчёты за период: выберите отчёт и даты, затем просмотрите и распечатайте его или сохраните как CSV. Долгий отчёт показывает ход работы, его можно отменить.</translation>
    </message>
    <message>
        <source>The desk&apos;s administration: its users (add one, edit the name, roles and password, disable or enable), the office&apos;s working hours, the working calendar&apos;s days and the courier routes. Every change is recorded under the administrator&apos;s name.</source>
        <translation>Администрирование рабочего места: пользователи (добавить, изменить ФИО, роли и пароль, отключить или включить), часы работы учреждения, дни рабочего календаря и курьерские маршруты. Каждое изменение записывается от имени администратора.</translation>
    </message>
    <message>
        <source>The document as it will print: look at it page by page, choose its language and the number of copies, then print it or save it as PDF.</source>
        <translation>Документ так, как он будет напечатан: просмотрите его постранично, выберите язык и число копий, затем напечатайте или сохраните как PDF.</translation>
    </message>
    <message>
        <source>the «%1» menu</source>
        <translation>меню «%1»</translation>
    </message>
    <message>
        <source>to the field «%1»</source>
        <translation>к полю «%1»</translation>
    </message>
    <message>
        <source>the tab «%1»</source>
        <translation>вкладка «%1»</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>the next field, the previous one</source>
        <translation>следующее поле, предыдущее</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close the window</source>
        <translation>закрыть окно</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>эта справка</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>kense::WorkingCalendar</name>
    <message>
        <source>&quot;%1&quot; is not a key of &quot;sources&quot;</source>
        <translation>&quot;%1&quot; не является ключом раздела &quot;sources&quot;</translation>
    </message>
    <message>
        <source>%1 is not in the year %2</source>
        <translation>%1 не относится к %2 году</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указано дважды</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday</source>
        <translation>%1 — не суббота и не воскресенье</translation>
    </message>
    <message>
        <source>Day off moved from %1</source>
        <translation>Выходной перенесён с %1</translation>
    </message>
    <message>
        <source>Working day moved to %1</source>
        <translation>Рабочий день перенесён на %1</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>не читается (%1)</translation>
    </message>
</context>
<context>
    <name>kense::sync::CentralRoles</name>
    <message>
        <source>the central database refused: %1</source>
        <translation>центральная база данных отказала: %1</translation>
    </message>
    <message>
        <source>the connection to the centre is not a PostgreSQL connection</source>
        <translation>соединение с центром — не соединение PostgreSQL</translation>
    </message>
    <message>
        <source>the desk&apos;s password could not be prepared: %1</source>
        <translation>не удалось подготовить пароль рабочего места: %1</translation>
    </message>
    <message>
        <source>the central database has no role prefix: migrate it first (kensectl central migrate)</source>
        <translation>в центральной базе нет префикса ролей: сначала обновите её (kensectl central migrate)</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot;: write the office&apos;s code, a hyphen and the desk&apos;s code (KZOEDU01-1)</source>
        <translation>код рабочего места «%1»: укажите код организации, дефис и код рабочего места (KZOEDU01-1)</translation>
    </message>
    <message>
        <source>the desk&apos;s password is refused: %1</source>
        <translation>пароль рабочего места отклонён: %1</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot; makes a role name PostgreSQL cannot take</source>
        <translation>из кода рабочего места «%1» получается имя роли, которое PostgreSQL не примет</translation>
    </message>
    <message>
        <source>desk %1 has its role %2 already</source>
        <translation>у рабочего места %1 уже есть роль %2</translation>
    </message>
    <message>
        <source>desk %1 has no role at this centre</source>
        <translation>у рабочего места %1 нет роли в этом центре</translation>
    </message>
    <message>
        <source>desk %1&apos;s role name is not plain: %2</source>
        <translation>имя роли рабочего места %1 недопустимо: %2</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use small Latin letters, digits and _</source>
        <translation>логин «%1»: используйте строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>there is no login %1 at this server: create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>на этом сервере нет логина %1: сначала создайте его (CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>%1 is the login of desk %2; an administrator logs in as a person</source>
        <translation>%1 — логин рабочего места %2; администратор входит как человек</translation>
    </message>
    <message>
        <source>desk %1, which is to relay desk %2, has no role at this centre: add it first</source>
        <translation>у рабочего места %1, которое должно передавать пакеты рабочего места %2, нет роли в этом центре: сначала добавьте его</translation>
    </message>
    <message>
        <source>the centre holds another exchange key of desk %1 (fingerprint %2) than this one (%3): check it with the desk, then add it with --replace</source>
        <translation>в центре хранится другой ключ обмена рабочего места %1 (отпечаток %2), а не этот (%3): сверьте его с рабочим местом, затем добавьте с --replace</translation>
    </message>
</context>
<context>
    <name>kense::sync::HistorySeal</name>
    <message>
        <source>the keychain holds no desk key of this desk</source>
        <translation>в хранилище ключей нет ключа этого рабочего места</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>хранилище ключей недоступно: %1</translation>
    </message>
    <message>
        <source>this desk&apos;s history is already sealed with the desk key %1; a desk key is made once</source>
        <translation>журнал этого рабочего места уже запечатан ключом %1; ключ рабочего места создаётся один раз</translation>
    </message>
    <message>
        <source>the keychain holds the desk key %1 of %2, but the database names no key: its seals were removed behind the program</source>
        <translation>в хранилище ключей есть ключ %1 рабочего места %2, но база данных не называет ключа: печати удалены в обход программы</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, which is not at hand here to check it</source>
        <translation>журнал запечатан ключом %1, которого здесь нет для проверки</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, but the keychain holds %2 for %3</source>
        <translation>журнал запечатан ключом %1, но в хранилище ключей для %3 лежит ключ %2</translation>
    </message>
    <message>
        <source>cannot read the history&apos;s seals</source>
        <translation>не удаётся прочитать печати журнала</translation>
    </message>
    <message>
        <source>event %1 is not the one the desk key sealed: the log was written again behind the program from there or before</source>
        <translation>событие %1 не то, что запечатал ключ рабочего места: журнал переписан в обход программы с этого места или раньше</translation>
    </message>
    <message>
        <source>the seal made with the desk key at event %1 is gone</source>
        <translation>печать ключа рабочего места на событии %1 пропала</translation>
    </message>
    <message>
        <source>events %1 to %2 were written after the last seal, without the desk key (behind the program, or seals removed)</source>
        <translation>события с %1 по %2 записаны после последней печати, без ключа рабочего места (в обход программы, или печати удалены)</translation>
    </message>
    <message>
        <source>%1 requests or outbox changes were changed behind the program (the first: %2); the desk key would seal the change in — run kensectl db verify and call the administrator</source>
        <translation>%1 заявок или исходящих изменений изменены в обход программы (первое: %2); ключ рабочего места запечатал бы изменение — запустите kensectl db verify и позовите администратора</translation>
    </message>
    <message>
        <source>only an administrator replaces the desk key</source>
        <translation>ключ рабочего места заменяет только администратор</translation>
    </message>
    <message>
        <source>say why the desk key is replaced (the reason is kept with the event)</source>
        <translation>укажите, почему заменяется ключ (причина хранится вместе с событием)</translation>
    </message>
    <message>
        <source>this desk&apos;s history is sealed with no key; make one with kensectl db key new</source>
        <translation>журнал этого рабочего места не запечатан ключом; создайте ключ командой kensectl db key new</translation>
    </message>
    <message>
        <source>the new key is the desk key %1 itself</source>
        <translation>новый ключ совпадает с ключом %1</translation>
    </message>
    <message>
        <source>the event log is broken at event %1 (%2); the new key would seal the break in — run kensectl db verify and call the administrator</source>
        <translation>журнал событий нарушен на событии %1 (%2); новый ключ запечатал бы нарушение — запустите kensectl db verify и вызовите администратора</translation>
    </message>
    <message>
        <source>the desk key&apos;s seals do not match (%1); the new key would seal that in — run kensectl db verify and call the administrator</source>
        <translation>печати ключа рабочего места не совпадают (%1); новый ключ запечатал бы это — запустите kensectl db verify и вызовите администратора</translation>
    </message>
    <message>
        <source>the desk key %1 was replaced with %2 at event %3 (%4, by %5: %6); %7</source>
        <translation>ключ рабочего места %1 заменён ключом %2 на событии %3 (%4, %5: %6); %7</translation>
    </message>
    <message>
        <source>its seals matched then</source>
        <translation>тогда его печати совпали</translation>
    </message>
    <message>
        <source>it was not at hand, so its seals were not checked</source>
        <translation>его не было под рукой, поэтому его печати не проверены</translation>
    </message>
    <message>
        <source>%1 requests are not what their history records (the first: %2); the new key would seal that in — run kensectl db verify and call the administrator</source>
        <translation>заявок не таких, как записано в их истории: %1 (первая: %2); новый ключ запечатал бы это — запустите kensectl db verify и вызовите администратора</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, but the keychain holds %2 for %3, which took over at event %4, and this copy ends at event %5: a copy from before the desk key was replaced. The replaced key is not kept, so its seals cannot be checked; to work on with this copy, replace its key (kensectl db key new --replace)</source>
        <translation>журнал запечатан ключом %1, но в хранилище ключей для %3 лежит ключ %2, действующий с события %4, а эта копия заканчивается событием %5: это копия, сделанная до замены ключа рабочего места. Заменённый ключ не хранится, поэтому её печати проверить нельзя; чтобы работать с этой копией дальше, замените её ключ (kensectl db key new --replace)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kense cannot open its database</source>
        <translation>Kense не может открыть базу данных</translation>
    </message>
</context>
</TS>
