<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kense</source>
        <translation>Kense туралы</translation>
    </message>
    <message>
        <source>Kense — front office of public services in education</source>
        <translation>Kense — білім беру саласындағы мемлекеттік қызметтер кеңсесі</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Схема нұсқасы:</translation>
    </message>
    <message>
        <source>Services for intake:</source>
        <translation>Қабылданатын қызметтер:</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Disable or enable the selected user</source>
        <translation>Таңдалған пайдаланушыны &amp;өшіру немесе қосу</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>кеңсе қызметкері</translation>
    </message>
    <message>
        <source>ЦОН operator</source>
        <translation>ХҚКО операторы</translation>
    </message>
    <message>
        <source>head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Қа&amp;йталау:</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>Пайдаланушыны қ&amp;осу</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Мекеме</translation>
    </message>
    <message>
        <source>Opens at:</source>
        <translation>Ашылады:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Closes at:</source>
        <translation>Жабылады:</translation>
    </message>
    <message>
        <source>&amp;Lunch break</source>
        <translation>&amp;Түскі үзіліс</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Save the &amp;hours</source>
        <translation>Жұмыс &amp;уақытын сақтау</translation>
    </message>
    <message>
        <source>Services in force at this desk (the intake offers only these):</source>
        <translation>Осы жұмыс орнында қолданыстағы қызметтер (қабылдау тек осыларды ұсынады):</translation>
    </message>
    <message>
        <source>Save the &amp;services</source>
        <translation>&amp;Қызметтерді сақтау</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Күнтізбе</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Жы&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Кү&amp;ні:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Make a day o&amp;ff</source>
        <translation>&amp;Демалыс күні ету</translation>
    </message>
    <message>
        <source>Make a &amp;working day</source>
        <translation>&amp;Жұмыс күні ету</translation>
    </message>
    <message>
        <source>U&amp;ndo the edit</source>
        <translation>Өзгерісті болды&amp;рмау</translation>
    </message>
    <message>
        <source>akim&apos;s office specialist</source>
        <translation>әкім аппаратының маманы</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>Әке&amp;сінің аты:</translation>
    </message>
    <message>
        <source>&amp;Edit the selected user…</source>
        <translation>Таңдалған пайдаланушыны ө&amp;ңдеу…</translation>
    </message>
</context>
<context>
    <name>CentralSettingsDialog</name>
    <message>
        <source>Central server</source>
        <translation>Орталық сервер</translation>
    </message>
    <message>
        <source>The desks of the oblast meet in one PostgreSQL database. The password is kept in the system&apos;s keychain, never in the settings file.</source>
        <translation>Облыстың жұмыс орындары бір PostgreSQL дерекқорында тоғысады. Құпиясөз баптаулар файлында емес, жүйенің кілттер қоймасында сақталады.</translation>
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
        <translation>&amp;Дерекқор</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Па&amp;йдаланушы</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Құпиясө&amp;з</translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation>Синхрондау &amp;жиілігі</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Шифрлау</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;CA certificate</source>
        <translation>Орталықтың &amp;КО сертификаты</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Keep sent changes</source>
        <translation>Жіберілген өзгерістерді сақтау &amp;мерзімі</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>&amp;Keep this desk&apos;s state</source>
        <translation>Осы жұмыс орнының күйін қал&amp;дыру</translation>
    </message>
    <message>
        <source>&amp;Take the other desk&apos;s change</source>
        <translation>Басқа жұмыс орнының өзгерісін қ&amp;абылдау</translation>
    </message>
    <message>
        <source>Another desk changed these requests from the same state as this desk. Nothing was overwritten: an administrator of the centre decides which state stands, signed in with the centre&apos;s login. The decision reaches every desk at its next sync.</source>
        <translation>Басқа жұмыс орны бұл өтініштерді осы жұмыс орнымен бірдей күйден өзгертті. Ештеңе қайта жазылмады: қай күй қалатынын орталықтың әкімшісі орталықтағы логинімен кіріп шешеді. Шешім әр жұмыс орнына келесі синхрондауда жетеді.</translation>
    </message>
    <message>
        <source>Centre administrator&apos;s &amp;login</source>
        <translation>Орталық әкімшісінің &amp;логині</translation>
    </message>
    <message>
        <source>&amp;Password at the centre</source>
        <translation>Орталықтағы &amp;құпиясөз</translation>
    </message>
</context>
<context>
    <name>CourierRegistersDialog</name>
    <message>
        <source>Courier registers</source>
        <translation>Тізілімдемелер</translation>
    </message>
    <message>
        <source>&amp;To the provider:</source>
        <translation>Қызмет б&amp;ерушіге:</translation>
    </message>
    <message>
        <source>&amp;New register</source>
        <translation>Жаңа &amp;тізілімдеме</translation>
    </message>
    <message>
        <source>&amp;Scan or type a request number:</source>
        <translation>Өтініш нөмірін &amp;сканерлеңіз немесе теріңіз:</translation>
    </message>
    <message>
        <source>S&amp;heets:</source>
        <translation>&amp;Парақтар:</translation>
    </message>
    <message>
        <source>&amp;Add to the register</source>
        <translation>Тізілімдемеге &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Mark as received</source>
        <translation>&amp;Алынды деп белгілеу</translation>
    </message>
    <message>
        <source>Hand to the c&amp;ourier</source>
        <translation>&amp;Курьерге беру</translation>
    </message>
    <message>
        <source>&amp;Receive the scanned register</source>
        <translation>Сканерленген тізілімдемені қабы&amp;лдау</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Тізілімдемені &amp;басу…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Page &amp;setup…</source>
        <translation>Бет &amp;параметрлері…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Даналар:</translation>
    </message>
    <message>
        <source>How many copies the print makes</source>
        <translation>Қанша дана басылып шығады</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Choose the service the applicant asks for.</source>
        <translation>Өтініш беруші сұраған қызметті таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Арна:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Start with the IIN: a valid one fills the birth date and sex.</source>
        <translation>ЖСН-нен бастаңыз: дұрыс ЖСН туған күн мен жынысты көрсетеді.</translation>
    </message>
    <message>
        <source>The applicant does not come in person: a &amp;representative by power of attorney</source>
        <translation>Өтініш беруші өзі келмеді: сенімхат бойынша &amp;өкіл</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Subject of the service</source>
        <translation>Қызмет көрсетілетін тұлға</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Mark each document of the package as an original, a copy or missing.</source>
        <translation>Әр құжатты түпнұсқа, көшірме немесе жоқ деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Sent by the applicant through the &amp;portal (egov.kz)</source>
        <translation>Өтініш беруші &amp;портал арқылы жіберген (egov.kz)</translation>
    </message>
    <message>
        <source>Portal request &amp;number:</source>
        <translation>Портал өтінішінің &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Sent on the portal &amp;at:</source>
        <translation>Порталға жіберілген &amp;уақыты:</translation>
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
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Number, IIN or name (Ctrl+F)</source>
        <translation>Нөмір, ЖСН немесе аты-жөні (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Мерзім:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңарт&amp;у</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Print the document…</source>
        <translation>Құжатты &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Preview and print the document the selected request&apos;s state calls for</source>
        <translation>Таңдалған өтініштің күйіне сәйкес құжатты қарап, басып шығару</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Есептер…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Printing and calibration…</source>
        <translation>&amp;Басып шығару және калибрлеу…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>А&amp;рна:</translation>
    </message>
    <message>
        <source>A&amp;ccepted from:</source>
        <translation>Қабылданды, ба&amp;стап:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>Мен&amp;ікі</translation>
    </message>
    <message>
        <source>Only the requests whose executor I am</source>
        <translation>Тек мен орындаушы болған өтініштер</translation>
    </message>
    <message>
        <source>&amp;Administration: users, office, calendar…</source>
        <translation>&amp;Әкімшілік: пайдаланушылар, мекеме, күнтізбе…</translation>
    </message>
    <message>
        <source>Courier re&amp;gisters…</source>
        <translation>&amp;Тізілімдемелер…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Sync with the centre now</source>
        <translation>Орталықпен қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Conflicts between desks…</source>
        <translation>Жұмыс орындары арасындағы &amp;қайшылықтар…</translation>
    </message>
    <message>
        <source>&amp;Central server…</source>
        <translation>&amp;Орталық сервер…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Kense…</source>
        <translation>Kense &amp;туралы…</translation>
    </message>
    <message>
        <source>Preschool &amp;waiting lists…</source>
        <translation>Мектепке дейінгі ұйымдарға &amp;кезек…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Пайдаланушыны &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>Close this user&apos;s windows and ask who works at the desk next (Ctrl+L)</source>
        <translation>Осы пайдаланушының терезелерін жауып, жұмыс орнында келесі кім жұмыс істейтінін сұрау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation>Мені к&amp;үтетіндер</translation>
    </message>
    <message>
        <source>Only the requests on which the next move is mine: the head&apos;s resolution or signature, the executor&apos;s result (Ctrl+M)</source>
        <translation>Келесі әрекеті менікі өтініштер ғана: басшының бұрыштамасы не қолы, орындаушының нәтижесі (Ctrl+M)</translation>
    </message>
    <message>
        <source>Waiting for &amp;me</source>
        <translation>Мені күтетін&amp;дер</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation>Осы терезе бойынша &amp;анықтама</translation>
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
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Language of printed documents:</source>
        <translation>Басылатын құжаттардың &amp;тілі:</translation>
    </message>
    <message>
        <source>Print duplicates on the official pre-printed &amp;blanks (only the values)</source>
        <translation>Телнұсқаларды ресми дайын &amp;бланкілерге басу (тек мәндері)</translation>
    </message>
    <message>
        <source>Calibration of blanks, per printer</source>
        <translation>Бланкілерді калибрлеу (әр принтер үшін)</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Shift &amp;right, mm:</source>
        <translation>&amp;Оңға ығысу, мм:</translation>
    </message>
    <message>
        <source>Shift &amp;down, mm:</source>
        <translation>Т&amp;өмен ығысу, мм:</translation>
    </message>
    <message>
        <source>Print the &amp;calibration page…</source>
        <translation>&amp;Калибрлеу бетін басу…</translation>
    </message>
    <message>
        <source>Print the calibration page on this printer and measure where the crosses fall: they belong 20 mm from the edges. Enter the difference and print it again.</source>
        <translation>Калибрлеу бетін осы принтерде басып, кресттердің орнын өлшеңіз: олар парақ шетінен 20 мм қашықтықта болуы тиіс. Айырмашылықты енгізіп, қайта басыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Есеп:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Болдыр&amp;мау</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Қарау және басу…</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>C&amp;SV ретінде сақтау…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Қызмет:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Деректер</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Steps and due dates</source>
        <translation>&amp;Кезеңдер мен мерзімдер</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>Жол қос&amp;у</translation>
    </message>
    <message>
        <source>Sa&amp;ve the result</source>
        <translation>Нәтижені &amp;сақтау</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Қазір не істей аласыз</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>&amp;Note or reasons:</source>
        <translation>&amp;Ескерту немесе негіздер:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Save the correc&amp;tions</source>
        <translation>Түзетулерді с&amp;ақтау</translation>
    </message>
    <message>
        <source>Every document this request has had; the one its state calls for is chosen</source>
        <translation>Осы өтініштің барлық құжаттары; күйіне сәйкес келетіні таңдалған</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Басып шығарылатын құжат</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Кім а&amp;лды:</translation>
    </message>
    <message>
        <source>Who came for it?</source>
        <translation>Нәтижені кім алуға келді?</translation>
    </message>
    <message>
        <source>Re&amp;move the line</source>
        <translation>Жолды жо&amp;ю</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this desk</source>
        <translation>Осы жұмыс орнын баптау</translation>
    </message>
    <message>
        <source>This database is new. Choose the office this desk belongs to and create the administrator&apos;s account. There is no default password.</source>
        <translation>Бұл дерекқор жаңа. Осы жұмыс орны қай кеңсеге тиесілі екенін таңдап, әкімшінің тіркелгісін жасаңыз. Әдепкі құпиясөз жоқ.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Кеңсе:</translation>
    </message>
    <message>
        <source>New office code:</source>
        <translation>Жаңа кеңсенің коды:</translation>
    </message>
    <message>
        <source>New office name:</source>
        <translation>Жаңа кеңсенің атауы:</translation>
    </message>
    <message>
        <source>&amp;Desk code:</source>
        <translation>Жұмыс &amp;орнының коды:</translation>
    </message>
    <message>
        <source>Desk &amp;kind:</source>
        <translation>Жұмыс орнының &amp;түрі:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;login:</source>
        <translation>Әкімшінің &amp;логині:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>Әкімшінің толық &amp;аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Kense</source>
        <translation>Kense жүйесіне кіру</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Not saved: the desk&apos;s database or disk failed (%1). This is not a refusal by the rules; try again, and if it fails again, call the administrator.</source>
        <translation>Сақталмады: жұмыс орнының дерекқоры немесе дискісі істен шықты (%1). Бұл ережелер бойынша бас тарту емес; қайталап көріңіз, тағы болмаса, әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Not saved: the desk&apos;s database is gone (%1). This is not a refusal by the rules; nothing more can be saved until the program is started again.</source>
        <translation>Сақталмады: жұмыс орнының дерекқоры жоқ (%1). Бұл ережелер бойынша бас тарту емес; бағдарлама қайта іске қосылғанша ештеңе сақталмайды.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Quality survey</source>
        <translation>Сапа сауалнамасы</translation>
    </message>
    <message>
        <source>Ask the applicant, if they agree to answer (the survey is optional):</source>
        <translation>Өтініш берушіден сұраңыз, егер жауап беруге келіссе (сауалнама міндетті емес):</translation>
    </message>
    <message>
        <source>1. Are you satisfied with the result of the service and the quality of the process?</source>
        <translation>1. Электрондық мемлекеттік қызмет көрсету нәтижесіне және үдерістің сапасына қанағаттанасыз ба?</translation>
    </message>
    <message>
        <source>1) not satisfied</source>
        <translation>1) қанағаттанбаймын</translation>
    </message>
    <message>
        <source>2) partly satisfied</source>
        <translation>2) орташа қанағаттанамын</translation>
    </message>
    <message>
        <source>3) satisfied</source>
        <translation>3) қанағаттанамын</translation>
    </message>
    <message>
        <source>2. Are you satisfied with the quality of the information about the order of the service?</source>
        <translation>2. Электрондық мемлекеттік қызмет көрсету тәртібі ақпаратының сапасына қанағаттанасыз ба?</translation>
    </message>
</context>
<context>
    <name>kense::AdministrationDialog</name>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Екі құпиясөз әртүрлі: бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) can sign in now.</source>
        <translation>%1 (%2) енді кіре алады.</translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation>Алдымен кестеден пайдаланушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 өшірілді және кіре алмайды.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 қайтадан кіре алады.</translation>
    </message>
    <message>
        <source>The office&apos;s hours are saved; terms in hours and minutes count them from the next sign-in.</source>
        <translation>Мекеменің жұмыс уақыты сақталды; сағатпен және минутпен есептелетін мерзімдер келесі кіруден бастап соны ескереді.</translation>
    </message>
    <message>
        <source>Keep at least one service in force: the desk could take no application.</source>
        <translation>Кемінде бір қызметті қалдырыңыз: әйтпесе жұмыс орны өтініш қабылдай алмайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in force at this desk.</source>
        <translation>
            <numerusform>Осы жұмыс орнында %n қызмет қолданыста.</numerusform>
            <numerusform>Осы жұмыс орнында %n қызмет қолданыста.</numerusform>
        </translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>%1 saved in the calendar; deadlines computed from now on count it.</source>
        <translation>%1 күнтізбеге сақталды; бұдан былай есептелетін мерзімдер оны ескереді.</translation>
    </message>
    <message>
        <source>The services in force were not saved: %1</source>
        <translation>Қолданыстағы қызметтер сақталмады: %1</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Есептік жазбаны өшіру</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? The account cannot sign in until an administrator enables it again.</source>
        <translation>%1 (%2) өшірілсін бе? Әкімші қайта қоспайынша бұл есептік жазбамен кіру мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Cour&amp;ier routes</source>
        <translation>Тізілімдеме &amp;бағыттары</translation>
    </message>
    <message>
        <source>%1 (%2) is saved: documents printed from now on name the employee so.</source>
        <translation>%1 (%2) сақталды: бұдан былай басылатын құжаттар қызметкерді осылай атайды.</translation>
    </message>
</context>
<context>
    <name>kense::ApplicantRecall</name>
    <message>
        <source>Filled in from %1: %2. Check them with the applicant.</source>
        <translation>%1 өтінішінен толтырылды: %2. Өтініш берушімен тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Fill in from the last request</source>
        <translation>Соңғы өтініштен &amp;толтыру</translation>
    </message>
    <message>
        <source>Fills the applicant&apos;s empty fields — name, phone, address — as request %1 wrote them</source>
        <translation>Өтініш берушінің бос жолдарын — аты-жөнін, телефонын, мекенжайын — %1 өтінішінде жазылғандай толтырады</translation>
    </message>
    <message>
        <source>nothing, every field was filled in already</source>
        <translation>ештеңе, барлық жолдар толтырылған еді</translation>
    </message>
    <message numerus="yes">
        <source>This IIN applied here before: %n request(s); the last, %1, on %2 (%3).</source>
        <translation>
            <numerusform>Бұл ЖСН бойынша осында бұрын %n өтініш берілген; соңғысы — %1, %2 (%3).</numerusform>
            <numerusform>Бұл ЖСН бойынша осында бұрын %n өтініш берілген; соңғысы — %1, %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kense::AwaitingCount</name>
    <message>
        <source>Requests on which the next move is yours (Ctrl+M shows them)</source>
        <translation>Келесі әрекеті сіздікі өтініштер (Ctrl+M оларды көрсетеді)</translation>
    </message>
    <message>
        <source>Awaiting my action: more than %1</source>
        <translation>Менің әрекетімді күтуде: %1-ден астам</translation>
    </message>
    <message>
        <source>Awaiting my action: %1</source>
        <translation>Менің әрекетімді күтуде: %1</translation>
    </message>
</context>
<context>
    <name>kense::Backup</name>
    <message>
        <source>%1 exists already; choose a new file</source>
        <translation>%1 бұрыннан бар; жаңа файлды таңдаңыз</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>cannot copy %1 next to %2</source>
        <translation>%1 файлын %2 жанына көшіру мүмкін емес</translation>
    </message>
    <message>
        <source>the copy is refused: </source>
        <translation>көшірме қабылданбады: </translation>
    </message>
    <message>
        <source>cannot move the current database aside</source>
        <translation>ағымдағы дерекқорды бөлек қою мүмкін емес</translation>
    </message>
    <message>
        <source>cannot put the restored database in place</source>
        <translation>қалпына келтірілген дерекқорды орнына қою мүмкін емес</translation>
    </message>
    <message>
        <source>%1: the disk is full; no backup was written</source>
        <translation>%1: диск толы; сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place</source>
        <translation>%1: сақтық көшірмені орнына қою мүмкін болмады</translation>
    </message>
    <message>
        <source>the copy is damaged (%1)</source>
        <translation>көшірме зақымдалған (%1)</translation>
    </message>
    <message>
        <source>the copy&apos;s event log is broken at event %1</source>
        <translation>көшірменің оқиғалар журналы %1 оқиғада үзілген</translation>
    </message>
    <message>
        <source>%1 is a copy of the desk %2, not of this desk %3; nothing was changed (to put it in place all the same, say so: kensectl db restore --other-desk)</source>
        <translation>%1 — бұл %3 жұмыс орнының емес, %2 жұмыс орнының көшірмесі; ештеңе өзгертілген жоқ (бәрібір орнына қою керек болса, оны анық айтыңыз: kensectl db restore --other-desk)</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>(бапталмаған)</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <source>the restore could not write the database (%1); its content is unchanged</source>
        <translation>қалпына келтіру дерекқорға жаза алмады (%1); оның мазмұны өзгермеді</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1: %2 қалтасы жоқ</translation>
    </message>
    <message>
        <source>the copy&apos;s requests were changed behind the program (%1 of them; the first: %2)</source>
        <translation>көшірменің өтініштері бағдарламадан тыс өзгертілген (%1; біріншісі: %2)</translation>
    </message>
</context>
<context>
    <name>kense::CalendarActs</name>
    <message>
        <source>only an administrator changes the working calendar</source>
        <translation>жұмыс күнтізбесін тек әкімші өзгертеді</translation>
    </message>
    <message>
        <source>%1 has no edit of yours to undo</source>
        <translation>%1 күні үшін болдырмайтын өзгеріс жоқ</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: қалтаны жасау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>kense::CalendarEdits</name>
    <message>
        <source>the date is not a date</source>
        <translation>күн дұрыс емес</translation>
    </message>
    <message>
        <source>say why: the reason is kept beside the day</source>
        <translation>себебін көрсетіңіз: ол күннің жанында сақталады</translation>
    </message>
</context>
<context>
    <name>kense::CapsLockHint</name>
    <message>
        <source>Caps Lock is on: the password is being typed in capital letters.</source>
        <translation>Caps Lock қосулы: құпиясөз бас әріптермен терілуде.</translation>
    </message>
</context>
<context>
    <name>kense::CatalogFieldForm</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Туған күні %1, %2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
</context>
<context>
    <name>kense::CatalogLoader</name>
    <message>
        <source>&quot;%1&quot; does not match the file name (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; файл атауына сәйкес келмейді (&quot;%2&quot; күтілген)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; екі рет қолданылған</translation>
    </message>
    <message>
        <source>must hold at least one variant</source>
        <translation>кемінде бір нұсқа болуы керек</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>оқылмайды (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; мына мәндердің бірі емес: %2</translation>
    </message>
    <message>
        <source>must list at least one document</source>
        <translation>кемінде бір құжат көрсетілуі керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &lt;group&gt;.&lt;name&gt; with group one of %2</source>
        <translation>&quot;%1&quot; &lt;топ&gt;.&lt;атау&gt; түрінде болуы керек, топ мына мәндердің бірі: %2</translation>
    </message>
    <message>
        <source>is smaller than min</source>
        <translation>min мәнінен кіші</translation>
    </message>
    <message>
        <source>a field of type enum needs options</source>
        <translation>enum түріндегі өріске нұсқалар (options) керек</translation>
    </message>
    <message>
        <source>only a field of type enum has options</source>
        <translation>нұсқалар (options) тек enum түріндегі өрісте болады</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only a-z, 0-9 and -</source>
        <translation>&quot;%1&quot; тек a-z, 0-9 және - таңбаларынан тұруы мүмкін</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; екі рет көрсетілген</translation>
    </message>
    <message>
        <source>must list at least one channel</source>
        <translation>кемінде бір арна көрсетілуі керек</translation>
    </message>
    <message>
        <source>the variant does not offer the channel &quot;%1&quot;</source>
        <translation>бұл нұсқада &quot;%1&quot; арнасы жоқ</translation>
    </message>
    <message>
        <source>steps of channel &quot;%1&quot; must be numbered 1, 2, 3… in order; expected %2, found %3</source>
        <translation>&quot;%1&quot; арнасының қадамдары 1, 2, 3… ретімен нөмірленуі керек; %2 күтілген, %3 табылды</translation>
    </message>
    <message>
        <source>no steps for the channel &quot;%1&quot;</source>
        <translation>&quot;%1&quot; арнасының қадамдары жоқ</translation>
    </message>
    <message>
        <source>every result is made after issue: the first result must end the term</source>
        <translation>әр нәтиже берілгеннен кейін жасалады: бірінші нәтиже мерзімді аяқтауы керек</translation>
    </message>
    <message>
        <source>a required document is required in every case: drop the condition or make it optional</source>
        <translation>міндетті құжат кез келген жағдайда талап етіледі: шартты алып тастаңыз немесе құжатты міндетті емес етіңіз</translation>
    </message>
    <message>
        <source>give either &quot;group&quot; or &quot;field&quot; with &quot;is&quot;</source>
        <translation>не &quot;group&quot;, не &quot;is&quot; бар &quot;field&quot; көрсетіңіз</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional group of this service (%2)</source>
        <translation>&quot;%1&quot; — бұл қызметтің міндетті емес өрістер тобы емес (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this service</source>
        <translation>&quot;%1&quot; — бұл қызметтің өрісі емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2</source>
        <translation>&quot;%1&quot; — %2 өрісінің нұсқаларының бірі емес</translation>
    </message>
    <message>
        <source>only an IIN gives an age</source>
        <translation>жасты тек ЖСН береді</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a field of type %2; this needs a field of type %3</source>
        <translation>«%1» — %2 түріндегі өріс; мұнда %3 түріндегі өріс қажет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of this service</source>
        <translation>«%1» бұл қызметтің құжаттар тізбесінде жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given a priority twice</source>
        <translation>«%1» үшін кезектілік екі рет көрсетілген</translation>
    </message>
    <message>
        <source>must list at least one choice</source>
        <translation>кемінде бір нұсқаны көрсету керек</translation>
    </message>
    <message>
        <source>a step of the head but none of an executor: the head&apos;s resolution names an executor</source>
        <translation>басшының қадамы бар, бірақ орындаушының қадамы жоқ: басшының бұрыштамасы орындаушыны белгілейді</translation>
    </message>
    <message>
        <source>no step of a head or an executor, so nobody prepares the result &quot;%1&quot;; only a receipt is issued by the office alone</source>
        <translation>басшының да, орындаушының да қадамы жоқ, сондықтан «%1» нәтижесін ешкім дайындамайды; кеңсе өзі тек қолхатты ғана береді</translation>
    </message>
    <message>
        <source>must list %1 texts, found %2</source>
        <translation>%1 мәтін болуы керек, %2 табылды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of provider, tson, portal, akim</source>
        <translation>&quot;%1&quot; мына мәндердің бірі емес: provider, tson, portal, akim</translation>
    </message>
</context>
<context>
    <name>kense::Central</name>
    <message>
        <source>the central database refused: %1</source>
        <translation>орталық дерекқор қабылдамады: %1</translation>
    </message>
    <message>
        <source>the address is not postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>мекенжай postgresql://USER@HOST:PORT/DATABASE түрінде емес</translation>
    </message>
    <message>
        <source>the address carries a password; give it through the keychain or PGPASSWORD instead</source>
        <translation>мекенжайда құпиясөз бар; оны кілттер қоймасы немесе PGPASSWORD арқылы беріңіз</translation>
    </message>
    <message>
        <source>the address names no user (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>мекенжайда пайдаланушы жоқ (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>мекенжайда сервер жоқ</translation>
    </message>
    <message>
        <source>the address names no database</source>
        <translation>мекенжайда дерекқор жоқ</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt-тың PostgreSQL драйвері орнатылмаған (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the central database %1: %2</source>
        <translation>%1 орталық дерекқорына қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>central migration %1 is missing from the program</source>
        <translation>бағдарламада орталықтың %1 көшіру қадамы жоқ</translation>
    </message>
    <message>
        <source>central migration %1 failed: %2</source>
        <translation>орталықтың %1 көшіру қадамы орындалмады: %2</translation>
    </message>
    <message>
        <source>the central database has schema %1 already; use migrate</source>
        <translation>орталық дерекқорда %1 схемасы бар; migrate пайдаланыңыз</translation>
    </message>
    <message>
        <source>the central database has schema %1, newer than this program&apos;s %2; update Kense</source>
        <translation>орталық дерекқордың схемасы %1, бұл бағдарламаның %2 схемасынан жаңа; Kense-ті жаңартыңыз</translation>
    </message>
    <message>
        <source>the centre refused this desk&apos;s changes: it holds other changes under the same numbers of this desk (%1). This desk&apos;s database was restored from an older copy, or another desk uses its code; nothing was sent — call the administrator before registering more here</source>
        <translation>орталық бұл жұмыс орнының өзгерістерін қабылдамады: онда осы жұмыс орнының сол нөмірлерімен басқа өзгерістер бар (%1). Бұл жұмыс орнының дерекқоры ескі көшірмеден қалпына келтірілген немесе оның кодын басқа жұмыс орны пайдаланады; ештеңе жіберілген жоқ — мұнда тағы тіркемес бұрын әкімшіге хабарласыңыз</translation>
    </message>
    <message>
        <source>the centre refused this desk: its event log is not the one it showed the centre before (%1). The log was written again behind the program, or this database is another desk&apos;s (a copy of another desk was restored here, or two desks use one code); nothing was sent — call the administrator</source>
        <translation>орталық бұл жұмыс орнын қабылдамады: оның оқиғалар журналы бұрын орталыққа көрсеткен журнал емес (%1). Журнал бағдарламаны айналып өтіп қайта жазылған, немесе бұл басқа жұмыс орнының дерекқоры (мұнда басқа жұмыс орнының көшірмесі қалпына келтірілген, немесе екі жұмыс орны бір кодты пайдаланады); ештеңе жіберілмеді — әкімшіге хабарласыңыз</translation>
    </message>
    <message>
        <source>sslmode=%1: use verify-full (the default), verify-ca, require, or disable written out</source>
        <translation>sslmode=%1: verify-full (әдепкі), verify-ca, require немесе анық жазылған disable қолданыңыз</translation>
    </message>
    <message>
        <source>the address&apos;s parameter %1 is not one Kense takes (sslmode, sslrootcert)</source>
        <translation>мекенжайдың %1 параметрін Kense қабылдамайды (sslmode, sslrootcert)</translation>
    </message>
    <message>
        <source>the central server at %1 did not prove it is the centre (its TLS certificate is not signed by the centre&apos;s CA%2, or not for this host): nothing was sent. %3</source>
        <translation>%1 мекенжайындағы сервер өзінің орталық екенін дәлелдемеді (оның TLS сертификатына орталықтың CA%2 қол қоймаған немесе ол бұл хостқа арналмаған): ештеңе жіберілмеді. %3</translation>
    </message>
    <message>
        <source>the rule book of moves was not written at the centre: %1</source>
        <translation>өту ережелері орталыққа жазылмады: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change&apos;s uuid</source>
        <translation>«%1» өзгерістің идентификаторы (uuid) емес</translation>
    </message>
    <message>
        <source>the centre gave no answer to the decision of %1</source>
        <translation>орталық %1 бойынша шешімге жауап бермеді</translation>
    </message>
    <message>
        <source>the centre refused: %1</source>
        <translation>орталық бас тартты: %1</translation>
    </message>
    <message>
        <source>central schema %1 creates the centre&apos;s check of relayed changes&apos; signatures (a PL/Python function), which only a superuser may: run it as postgres or another superuser; nothing was changed</source>
        <translation>орталықтың %1 схемасы жіберілген өзгерістердің қолтаңбаларын тексеруді (PL/Python функциясын) жасайды, мұны тек суперпайдаланушы жасай алады: postgres немесе басқа суперпайдаланушы атынан орындаңыз; ештеңе өзгертілмеді</translation>
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
        <translation>тек сұрағанда</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>өзгеріссіз (кілттер қоймасында)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Серверді, дерекқорды және пайдаланушыны толтырыңыз.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Құпиясөз кілттер қоймасына сақталуда…</translation>
    </message>
    <message>
        <source>The settings are saved, but no keychain is available on this computer (%1). The password is kept only until Kense closes; it will be asked for at the next start.</source>
        <translation>Баптаулар сақталды, бірақ бұл компьютерде кілттер қоймасы жоқ (%1). Құпиясөз Kense жабылғанша ғана сақталады; келесі іске қосқанда қайта сұралады.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Баптаулар сақталмады: %1</translation>
    </message>
    <message>
        <source>libpq&apos;s default (~/.postgresql/root.crt)</source>
        <translation>libpq әдепкісі (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate</source>
        <translation>Орталықтың куәландырушы орталық (КО) сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.crt *.pem *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Encrypted; the certificate and the server&apos;s name checked</source>
        <translation>Шифрланады; сертификат пен сервер атауы тексеріледі</translation>
    </message>
    <message>
        <source>Encrypted; the certificate checked, not the name</source>
        <translation>Шифрланады; сертификат тексеріледі, атауы тексерілмейді</translation>
    </message>
    <message>
        <source>Encrypted; nothing checked</source>
        <translation>Шифрланады; ештеңе тексерілмейді</translation>
    </message>
    <message>
        <source>Not encrypted (test networks only)</source>
        <translation>Шифрланбайды (тек сынақ желілері үшін)</translation>
    </message>
    <message>
        <source>Without encryption, IINs, names and the password cross the network as clear text: anyone on the way can read them.</source>
        <translation>Шифрлаусыз ЖСН, аты-жөндер мен құпиясөз желі арқылы ашық мәтінмен өтеді: жолдағы кез келген адам оларды оқи алады.</translation>
    </message>
    <message>
        <source>Without the certificate checked, a machine on the way can pose as the centre.</source>
        <translation>Сертификат тексерілмесе, жолдағы компьютер өзін орталық ретінде көрсете алады.</translation>
    </message>
    <message>
        <source>Centre&apos;s CA certificate: %1 is not a file this account can read.</source>
        <translation>Орталықтың КО сертификаты: %1 — бұл тіркелгі оқи алатын файл емес.</translation>
    </message>
    <message>
        <source> days after the centre confirmed them</source>
        <translation> күн (орталық растағаннан кейін)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>әрқашан</translation>
    </message>
    <message>
        <source>How long this desk keeps its changes once the centre has confirmed them. Make it longer than the time between the centre&apos;s backups: a centre restored from its last backup gets them again from the desks.</source>
        <translation>Орталық растаған өзгерістерін бұл жұмыс орны қанша уақыт сақтайды. Оны орталықтың сақтық көшірмелерінің арасындағы уақыттан ұзағырақ қойыңыз: соңғы сақтық көшірмеден қалпына келтірілген орталық оларды жұмыс орындарынан қайта алады.</translation>
    </message>
</context>
<context>
    <name>kense::Channel</name>
    <message>
        <source>Provider&apos;s office</source>
        <translation>Қызмет берушінің кеңсесі</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>ХҚКО (Мемлекеттік корпорация)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Rural akim&apos;s office</source>
        <translation>Ауылдық округ әкімінің аппараты</translation>
    </message>
</context>
<context>
    <name>kense::Conflicts</name>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1 has no open conflict</source>
        <translation>%1 өтінішінде шешілмеген қайшылық жоқ</translation>
    </message>
    <message>
        <source>%1 has no open conflict with the change %2</source>
        <translation>%1 өтінішінде %2 өзгерісімен шешілмеген қайшылық жоқ</translation>
    </message>
</context>
<context>
    <name>kense::ConflictsDialog</name>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>State here</source>
        <translation>Мұндағы күйі</translation>
    </message>
    <message>
        <source>Other desk</source>
        <translation>Басқа жұмыс орны</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Their state</source>
        <translation>Оның күйі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылық жоқ.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Тізімнен қайшылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>No central server is set: Settings → Central server.</source>
        <translation>Орталық сервер көрсетілмеген: Баптаулар → Орталық сервер.</translation>
    </message>
    <message>
        <source>Centre administrator&apos;s login: enter the login you have at the centre.</source>
        <translation>Орталық әкімшісінің логині: орталықтағы логиніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password at the centre: enter the password of %1.</source>
        <translation>Орталықтағы құпиясөз: %1 құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Asking the centre…</source>
        <translation>Орталыққа сұрау жіберілуде…</translation>
    </message>
    <message>
        <source>%1: the change of %2 stands; this desk takes it with the sync now running.</source>
        <translation>%1: %2 өзгерісі қалады; осы жұмыс орны оны басталған синхрондауда қабылдайды.</translation>
    </message>
    <message>
        <source>%1: this desk&apos;s state stands; the other desks take it at their next sync.</source>
        <translation>%1: осы жұмыс орнының күйі қалады; басқа жұмыс орындары оны келесі синхрондауда қабылдайды.</translation>
    </message>
</context>
<context>
    <name>kense::ContentDigest</name>
    <message>
        <source>cannot read the content of request %1 to record it</source>
        <translation>%1 өтінімінің мазмұнын тарихқа жазу үшін оқу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>kense::CourierRegisters</name>
    <message>
        <source>no courier register %1</source>
        <translation>%1 тізілімдемесі жоқ</translation>
    </message>
    <message>
        <source>a package has 1 to 10000 sheets</source>
        <translation>пакетте 1-ден 10000-ға дейін парақ болады</translation>
    </message>
    <message>
        <source>%1 has been sent; start a new register</source>
        <translation>%1 жіберілген; жаңа тізілімдеме бастаңыз</translation>
    </message>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1 is already in the register %2</source>
        <translation>%1 бұрыннан %2 тізілімдемесінде</translation>
    </message>
    <message>
        <source>%1 is already in this register</source>
        <translation>%1 бұрыннан осы тізілімдемеде</translation>
    </message>
    <message>
        <source>%1 has been sent</source>
        <translation>%1 жіберілген</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 %2 ішінде жоқ</translation>
    </message>
    <message>
        <source>%1 has been sent already</source>
        <translation>%1 бұрын жіберілген</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бос</translation>
    </message>
    <message>
        <source>%1 has not been sent</source>
        <translation>%1 жіберілмеген</translation>
    </message>
    <message>
        <source>%1 has been received already</source>
        <translation>%1 бұрын қабылданған</translation>
    </message>
    <message>
        <source>not in %1: %2</source>
        <translation>%1 ішінде жоқ: %2</translation>
    </message>
    <message>
        <source>missing from the bag: %1</source>
        <translation>қаптан табылмады: %1</translation>
    </message>
    <message>
        <source>a courier register names the office it goes to</source>
        <translation>Тізілімдемеде ол жіберілетін мекеме көрсетіледі</translation>
    </message>
    <message>
        <source>%1 is not in the office directory</source>
        <translation>%1 мекемелер анықтамалығында жоқ</translation>
    </message>
    <message>
        <source>%1 may not make courier registers</source>
        <translation>%1 тізілімдеме жасай алмайды</translation>
    </message>
    <message>
        <source>no service of this desk goes to %1 (%2): an administrator names the offices that provide each service</source>
        <translation>Осы жұмыс орнының бірде-бір қызметі %1 (%2) мекемесіне жіберілмейді: әкімші әр қызметтің көрсетілетін қызметті берушісін көрсетеді</translation>
    </message>
    <message>
        <source>%1: no office is named to provide the service %2; an administrator names it</source>
        <translation>%1: %2 қызметі үшін көрсетілетін қызметті беруші көрсетілмеген; оны әкімші көрсетеді</translation>
    </message>
    <message>
        <source>%1 goes to %2, not to %3 (%4): put it in a register to its provider</source>
        <translation>%1 %3 (%4) мекемесіне емес, %2 мекемесіне жіберіледі: оны өз көрсетілетін қызметті берушісіне арналған тізілімдемеге қосыңыз</translation>
    </message>
</context>
<context>
    <name>kense::CourierRegistersDialog</name>
    <message>
        <source>Register</source>
        <translation>Тізілімдеме</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>Кімге / кімнен</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>With the courier</source>
        <translation>Курьерде</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Register %1 is open: scan the packages into it.</source>
        <translation>%1 тізілімдемесі ашық: пакеттерді сканерлеңіз.</translation>
    </message>
    <message>
        <source>Make or select a register first.</source>
        <translation>Алдымен тізілімдеме жасаңыз немесе таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation>«%1» өтініш нөмірі емес.</translation>
    </message>
    <message>
        <source>%1 is in register %2.</source>
        <translation>%1 %2 тізілімдемесіне қосылды.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned for receiving (%n): %1</source>
        <translation>
            <numerusform>Қабылдау үшін сканерленді (%n): %1</numerusform>
            <numerusform>Қабылдау үшін сканерленді (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1 is with the courier.</source>
        <translation>%1 тізілімдемесі курьерге берілді.</translation>
    </message>
    <message>
        <source>Register %1 is received: its requests are with the provider.</source>
        <translation>%1 тізілімдемесі қабылданды: өтініштер қызмет берушіде.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1 тізілімдемесі</translation>
    </message>
    <message>
        <source>Type a part of the office&apos;s name or code</source>
        <translation>Мекеме атауының немесе кодының бір бөлігін теріңіз</translation>
    </message>
    <message>
        <source>Choose the office the register goes to.</source>
        <translation>Тізілімдеме жіберілетін мекемені таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the offices this desk&apos;s registers go to: choose one from the list.</source>
        <translation>«%1» осы жұмыс орнының тізілімдемелері жіберілетін мекемелердің қатарында жоқ: тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>No service of this desk has the office that provides it named yet: an administrator names them in Administration → Courier routes.</source>
        <translation>Осы жұмыс орнының бірде-бір қызметі үшін көрсетілетін қызметті беруші әлі көрсетілмеген: оларды әкімші «Әкімшілік → Тізілімдеме бағыттары» бөлімінде көрсетеді.</translation>
    </message>
</context>
<context>
    <name>kense::CourierRoutes</name>
    <message>
        <source>only an administrator names the offices that provide a service</source>
        <translation>Көрсетілетін қызметті берушілерді тек әкімші көрсетеді</translation>
    </message>
    <message>
        <source>no service %1 in the catalog</source>
        <translation>Каталогта %1 қызметі жоқ</translation>
    </message>
    <message>
        <source>%1 is not in the office directory: an administrator adds the office first</source>
        <translation>%1 мекемелер анықтамалығында жоқ: алдымен әкімші мекемені қосады</translation>
    </message>
    <message>
        <source>%1 (%2) is an office of the ЦОН, not a provider</source>
        <translation>%1 (%2) — ХҚКО мекемесі, көрсетілетін қызметті беруші емес</translation>
    </message>
    <message>
        <source>%1 (%2) is a rural akim&apos;s apparatus, not a provider</source>
        <translation>%1 (%2) — ауылдық округ әкімінің аппараты, қызмет беруші емес</translation>
    </message>
</context>
<context>
    <name>kense::CourierRoutesPage</name>
    <message>
        <source>Where the courier registers take each service&apos;s requests: the offices that provide it (for a duplicate, the schools whose certificates this ЦОН receives). A register goes to one of them and takes only the requests of the services that office provides.</source>
        <translation>Тізілімдемелер әр қызметтің сұрауларын қайда жеткізеді: оны көрсететін мекемелер (телнұсқа үшін — осы ХҚКО аттестаттарын қабылдайтын мектептер). Тізілімдеме солардың біріне жіберіледі және сол мекеме көрсететін қызметтердің сұрауларын ғана қамтиды.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Offices that provide it</source>
        <translation>Көрсетілетін қызметті берушілер</translation>
    </message>
    <message>
        <source>Type a part of the office&apos;s name, code or address</source>
        <translation>Мекеме атауының, кодының немесе мекенжайының бір бөлігін теріңіз</translation>
    </message>
    <message>
        <source>&amp;Add the office to the service</source>
        <translation>Мекемені қызметке &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Take the office off</source>
        <translation>Мекемені &amp;алып тастау</translation>
    </message>
    <message>
        <source>— none named: no register takes it</source>
        <translation>— көрсетілмеген: тізілімдемелер оны қабылдамайды</translation>
    </message>
    <message>
        <source>Choose the office from the directory first.</source>
        <translation>Алдымен анықтамалықтан мекемені таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office of the directory: choose one from the list.</source>
        <translation>«%1» мекемелер анықтамалығында жоқ: тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 already provides this service here.</source>
        <translation>%1 бұл қызметті осы жұмыс орны үшін бұрыннан көрсетеді.</translation>
    </message>
    <message>
        <source>The registers take this service to %1 as well.</source>
        <translation>Тізілімдемелер енді бұл қызметті %1 мекемесіне де жеткізеді.</translation>
    </message>
    <message>
        <source>The registers no longer take this service to %1.</source>
        <translation>Тізілімдемелер бұдан былай бұл қызметті %1 мекемесіне жеткізбейді.</translation>
    </message>
    <message>
        <source>An office the directory does not have (a school, a college)</source>
        <translation>Анықтамалықта жоқ мекеме (мектеп, колледж)</translation>
    </message>
    <message>
        <source>Code, e.g. KZOSCH012</source>
        <translation>Коды, мысалы KZOSCH012</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
    <message>
        <source>Address (the courier finds it by it)</source>
        <translation>Мекенжайы (курьер мекемені сол арқылы табады)</translation>
    </message>
    <message>
        <source>Add to the &amp;directory</source>
        <translation>Анықтамалыққа &amp;енгізу</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Education department</source>
        <translation>Білім бөлімі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>A new office needs its code and its full name.</source>
        <translation>Жаңа мекеменің коды мен толық атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the directory: choose it for a service above.</source>
        <translation>%1 (%2) анықтамалыққа қосылды: оны жоғарыда қызмет үшін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>kense::Database</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: оқылмайды (%2)</translation>
    </message>
    <message>
        <source>%1: is not a Kense database (not an SQLite file); it was left unchanged</source>
        <translation>%1: Kense дерекқоры емес (SQLite файлы емес); файл өзгертілмеді</translation>
    </message>
    <message>
        <source>%1: is truncated or damaged; it was left unchanged</source>
        <translation>%1: файл қысқартылған немесе бүлінген; ол өзгертілмеді</translation>
    </message>
    <message>
        <source>%1: is an SQLite database of another program, not Kense; it was left unchanged</source>
        <translation>%1: бұл Kense емес, басқа бағдарламаның SQLite дерекқоры; файл өзгертілмеді</translation>
    </message>
    <message>
        <source>%1: was written by a newer Kense (schema version %2; this program knows up to %3); update the program — the file was left unchanged</source>
        <translation>%1: Kense-тің жаңа нұсқасымен жазылған (схема нұсқасы %2; бұл бағдарлама %3 нұсқасына дейін біледі); бағдарламаны жаңартыңыз — файл өзгертілмеді</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: файл емес</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: %2 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>%1: is read-only; Kense needs to write to its database</source>
        <translation>%1: тек оқуға арналған; Kense өз дерекқорына жазуы керек</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: ашылмайды (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be set up (%2)</source>
        <translation>%1: баптау мүмкін емес (%2)</translation>
    </message>
    <message>
        <source>%1: migration %2 is missing from the program</source>
        <translation>%1: бағдарламада %2 көшіру қадамы жоқ</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction (%2)</source>
        <translation>%1: транзакцияны бастау мүмкін емес (%2)</translation>
    </message>
    <message>
        <source>%1: migration %2 failed (%3)</source>
        <translation>%1: %2 көшіру қадамы сәтсіз аяқталды (%3)</translation>
    </message>
    <message>
        <source>%1: migration %2 could not be committed (%3)</source>
        <translation>%1: %2 көшіру қадамын бекіту мүмкін болмады (%3)</translation>
    </message>
    <message>
        <source>%1: the database file was deleted, moved or replaced while the program had it open — close the program and start it again</source>
        <translation>%1: бағдарлама ашық ұстап тұрғанда дерекқор файлы жойылды, жылжытылды немесе ауыстырылды — бағдарламаны жауып, қайта іске қосыңыз</translation>
    </message>
    <message>
        <source>%1: its folder %2 is read-only; Kense needs to write beside its database</source>
        <translation>%1: оның %2 қалтасы тек оқуға арналған; Kense өз дерекқорының жанына жаза алуы керек</translation>
    </message>
    <message>
        <source>the check of the table %1 was not widened (%2)</source>
        <translation>%1 кестесінің тексеруі кеңейтілмеді (%2)</translation>
    </message>
    <message>
        <source>the table %1 is not as the earlier schema made it: its check «%2» was not found</source>
        <translation>%1 кестесі алдыңғы схема жасаған күйінде емес: оның «%2» тексеруі табылмады</translation>
    </message>
</context>
<context>
    <name>kense::DeadlineCalculator</name>
    <message>
        <source>the regulation states no term for this channel</source>
        <translation>регламентте бұл арна үшін мерзім белгіленбеген</translation>
    </message>
    <message>
        <source>the working calendar has no holidays for %1: only weekends were counted</source>
        <translation>жұмыс күнтізбесінде %1 жылдың мереке күндері жоқ: тек демалыс күндері ескерілді</translation>
    </message>
</context>
<context>
    <name>kense::DemoData</name>
    <message>
        <source>too far from home</source>
        <translation>үйден тым алыс</translation>
    </message>
    <message>
        <source>demo data is made at a provider&apos;s or a ЦОН&apos;s desk, not at %1</source>
        <translation>демо-деректер көрсетілетін қызметті берушінің немесе ХҚКО жұмыс орнында жасалады, мұнда емес (%1)</translation>
    </message>
</context>
<context>
    <name>kense::DeskKey</name>
    <message>
        <source>it holds another key</source>
        <translation>онда басқа кілт бар</translation>
    </message>
    <message>
        <source>the key was not read from the keychain</source>
        <translation>кілт кілттер қоймасынан оқылмады</translation>
    </message>
    <message>
        <source>the seals are made with the desk key %1, which this program does not hold (%2): they cannot be checked here</source>
        <translation>мөрлер %1 кілтімен жасалған, ал бұл бағдарламада ол кілт жоқ (%2): оларды мұнда тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>this desk&apos;s history is sealed with the desk key %1, which this program does not hold (%2); nothing was saved — the administrator puts the key back with kensectl db key add, or replaces a lost one with kensectl db key new --replace</source>
        <translation>бұл жұмыс орнының журналы %1 кілтімен мөрленген, ал бұл бағдарламада ол кілт жоқ (%2); ештеңе сақталмады — әкімші кілтті kensectl db key add арқылы қайтарады, ал жоғалған кілтті kensectl db key new --replace арқылы ауыстырады</translation>
    </message>
</context>
<context>
    <name>kense::DeskRepository</name>
    <message>
        <source>cannot read the office directory </source>
        <translation>мекемелер анықтамалығын оқу мүмкін емес </translation>
    </message>
    <message>
        <source>office code &quot;%1&quot;: use 2 to 12 capital Latin letters and digits</source>
        <translation>«%1» мекеме коды: 2-ден 12-ге дейін бас латын әріптері мен цифрлар</translation>
    </message>
    <message>
        <source>the office needs a name</source>
        <translation>мекеменің атауы болуы керек</translation>
    </message>
    <message>
        <source>office code &quot;%1&quot; is taken</source>
        <translation>«%1» мекеме коды бос емес</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot;: use 1 to 6 capital Latin letters and digits</source>
        <translation>«%1» жұмыс орны коды: 1-ден 6-ға дейін бас латын әріптері мен цифрлар</translation>
    </message>
    <message>
        <source>this database is already the desk %1-%2</source>
        <translation>бұл дерекқор бұрыннан %1-%2 жұмыс орны</translation>
    </message>
    <message>
        <source>no office with the code &quot;%1&quot;</source>
        <translation>«%1» коды бар мекеме жоқ</translation>
    </message>
    <message>
        <source>no office &quot;%1&quot; in the directory: give the new office&apos;s name</source>
        <translation>«%1» ұйымы анықтамалықта жоқ: жаңа ұйымның атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>this database is not set up as a desk yet (kensectl db init)</source>
        <translation>бұл дерекқор әлі жұмыс орны ретінде бапталмаған (kensectl db init)</translation>
    </message>
    <message>
        <source>--services region: the catalog has no service of the region &quot;%1&quot; that a desk of office %2 takes; give --services all, or the office&apos;s region with --region</source>
        <translation>--services region: каталогта %2 мекемесінің жұмыс орны қабылдайтын «%1» өңірінің қызметі жоқ; --services all беріңіз немесе мекеменің өңірін --region арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>a desk is a provider&apos;s канцелярия, a ЦОН desk or a rural akim&apos;s apparatus</source>
        <translation>Жұмыс орны — қызмет берушінің кеңсесі, ХҚКО жұмыс орны немесе ауылдық округ әкімінің аппараты</translation>
    </message>
    <message>
        <source>%1 (%2) is not a rural akim&apos;s apparatus</source>
        <translation>%1 (%2) — ауылдық округ әкімінің аппараты емес</translation>
    </message>
    <message>
        <source>%1 (%2) is a rural akim&apos;s apparatus: its desk is of the kind akim</source>
        <translation>%1 (%2) — ауылдық округ әкімінің аппараты: оның жұмыс орны әкім аппаратының жұмыс орны болады</translation>
    </message>
</context>
<context>
    <name>kense::DeskSync</name>
    <message>
        <source>the centre did not take the decision: %1</source>
        <translation>орталық шешімді қабылдамады: %1</translation>
    </message>
</context>
<context>
    <name>kense::DocumentKind</name>
    <message>
        <source>Receipt of acceptance</source>
        <translation>Құжаттарды қабылдау туралы қолхат</translation>
    </message>
    <message>
        <source>Refusal receipt</source>
        <translation>Қабылдаудан бас тарту туралы қолхат</translation>
    </message>
    <message>
        <source>Receipt with the queue number</source>
        <translation>Кезек нөмірі көрсетілген қолхат</translation>
    </message>
    <message>
        <source>Receipt of issue</source>
        <translation>Нәтижені алғаны туралы қолхат</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Телнұсқа</translation>
    </message>
    <message>
        <source>Enrollment order</source>
        <translation>Қабылдау туралы бұйрық</translation>
    </message>
    <message>
        <source>Externat permit</source>
        <translation>Экстернатқа рұқсат</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <source>Result of the service</source>
        <translation>Қызмет нәтижесі</translation>
    </message>
    <message>
        <source>Quality survey</source>
        <translation>Сапа сауалнамасы</translation>
    </message>
    <message>
        <source>Consent to the use of protected data</source>
        <translation>Заңмен қорғалатын құпия мәліметтерді пайдалануға келісім</translation>
    </message>
    <message>
        <source>Direction to a kindergarten</source>
        <translation>Мектепке дейінгі ұйымға жолдама</translation>
    </message>
</context>
<context>
    <name>kense::DocumentLanguageChoice</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
</context>
<context>
    <name>kense::DocumentPreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>The document&apos;s template is broken: %1</source>
        <translation>Құжат үлгісі бүлінген: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents are laid out for A4 paper; load A4 in the printer.</source>
        <translation>Құжаттар A4 қағазына арналған; принтерге A4 салыңыз.</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent to the printer.</source>
        <translation>Басып шығару тоқтатылды; принтерге ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 принтеріне жіберілуде…</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>принтер қате туралы хабарлады</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>Not printed on %1: %2. The request is unchanged; try again or choose another printer.</source>
        <translation>%1 арқылы басылмады: %2. Өтініш өзгерген жоқ; қайталап көріңіз немесе басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Сақталмады.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 сақталуда…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 файлына сақталды.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copies sent to %1.</source>
        <translation>
            <numerusform>%n дана жіберілді: %1.</numerusform>
            <numerusform>%n дана жіберілді: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kense::Duration</name>
    <message>
        <source>write a term as a number and a unit (%1), e.g. &quot;30 calendar_days&quot;</source>
        <translation>Мерзімді сан мен өлшем бірлігімен жазыңыз (%1), мысалы «30 calendar_days»</translation>
    </message>
    <message>
        <source>a term in %1 is 1 to %2</source>
        <translation>%1 бірлігіндегі мерзім — 1-ден %2-ге дейін</translation>
    </message>
</context>
<context>
    <name>kense::EventKind</name>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>moved on</source>
        <translation>келесі қадамға берілді</translation>
    </message>
    <message>
        <source>data edited</source>
        <translation>деректер өзгертілді</translation>
    </message>
    <message>
        <source>result saved</source>
        <translation>нәтиже сақталды</translation>
    </message>
    <message>
        <source>survey answered</source>
        <translation>сауалнамаға жауап берілді</translation>
    </message>
    <message>
        <source>put into a courier register</source>
        <translation>курьерлік тізілімдемеге енгізілді</translation>
    </message>
    <message>
        <source>taken out of a courier register</source>
        <translation>курьерлік тізілімдемеден алынды</translation>
    </message>
    <message>
        <source>courier register sent</source>
        <translation>курьерлік тізілімдеме жіберілді</translation>
    </message>
    <message>
        <source>conflict decided</source>
        <translation>қайшылық шешілді</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>есептік жазба құрылды</translation>
    </message>
    <message>
        <source>working hours changed</source>
        <translation>жұмыс уақыты өзгертілді</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>құпиясөз орнатылды</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>есептік жазба өшірілді</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>есептік жазба қосылды</translation>
    </message>
    <message>
        <source>working calendar changed</source>
        <translation>жұмыс күнтізбесі өзгертілді</translation>
    </message>
    <message>
        <source>hold after a restore released</source>
        <translation>көшірмеден қалпына келтірілгеннен кейінгі тоқтату алынды</translation>
    </message>
    <message>
        <source>desk key replaced</source>
        <translation>жұмыс орнының кілті ауыстырылды</translation>
    </message>
    <message>
        <source>exchange key of another desk replaced</source>
        <translation>басқа жұмыс орнының алмасу кілті ауыстырылды</translation>
    </message>
    <message>
        <source>the place in the waiting list changed</source>
        <translation>кезектегі орны өзгерді</translation>
    </message>
    <message>
        <source>account&apos;s name corrected</source>
        <translation>тіркелгінің аты-жөні түзетілді</translation>
    </message>
    <message>
        <source>account&apos;s roles changed</source>
        <translation>тіркелгінің рөлдері өзгертілді</translation>
    </message>
</context>
<context>
    <name>kense::EventLog</name>
    <message>
        <source>cannot read the event log</source>
        <translation>оқиғалар журналын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>a note has at most %1 characters; this one has %2</source>
        <translation>ескерту ең көбі %1 таңбадан тұрады; мұнда %2 таңба</translation>
    </message>
</context>
<context>
    <name>kense::ExchangeKeyring</name>
    <message>
        <source>the keychain is not available (%1)</source>
        <translation>кілттер қоймасы қолжетімсіз (%1)</translation>
    </message>
    <message>
        <source>the key was not stored: the keychain says %1</source>
        <translation>кілт сақталмады: кілттер қоймасының жауабы: %1</translation>
    </message>
    <message>
        <source>%1 has an exchange key already (%2); packages encrypted to it could no longer be read once it is replaced — add --replace to make a new one</source>
        <translation>%1 алмасу кілті бар (%2); ауыстырылғаннан кейін оған шифрланған пакеттерді оқу мүмкін болмайды — жаңасын жасау үшін --replace қосыңыз</translation>
    </message>
    <message>
        <source>of the old, shared kind</source>
        <translation>ескі, ортақ түрдегі</translation>
    </message>
    <message>
        <source>the keychain holds no exchange key of %1 (kensectl exchange key new)</source>
        <translation>кілттер қоймасында %1 алмасу кілті жоқ (kensectl exchange key new)</translation>
    </message>
    <message>
        <source>the exchange key of %1 in the keychain is of the old, shared kind: make a new one (kensectl exchange key new --replace) and give its key file to the other side</source>
        <translation>кілттер қоймасындағы %1 алмасу кілті ескі, ортақ түрде: жаңасын жасаңыз (kensectl exchange key new --replace) және оның файлын екінші тарапқа беріңіз</translation>
    </message>
    <message>
        <source>the keychain holds another exchange key of %1 (%2, the file&apos;s is %3); if %1 made a new key, replace it with --replace, signed in as an administrator</source>
        <translation>кілттер қоймасында %1 басқа алмасу кілті бар (%2, файлдағысы — %3); егер %1 жаңа кілт жасаса, әкімші ретінде кіріп, оны --replace арқылы ауыстырыңыз</translation>
    </message>
    <message>
        <source>the keychain holds no exchange key of %1 to replace: add it without --replace</source>
        <translation>кілттер қоймасында ауыстыратын %1 алмасу кілті жоқ: оны --replace-сіз қосыңыз</translation>
    </message>
    <message>
        <source>the keychain holds this very key of %1 (%2)</source>
        <translation>кілттер қоймасында %1 дәл осы кілті бар (%2)</translation>
    </message>
</context>
<context>
    <name>kense::ExchangePackage</name>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: оқу мүмкін емес (%2)</translation>
    </message>
    <message>
        <source>%1: refused, nothing applied: %2</source>
        <translation>%1: қабылданбады, ештеңе енгізілмеді: %2</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>файл қысқартылған</translation>
    </message>
    <message>
        <source>not a Kense exchange package</source>
        <translation>Kense алмасу пакеті емес</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>файл қысқартылған немесе бүлінген</translation>
    </message>
    <message>
        <source>its manifest is damaged</source>
        <translation>оның манифесі бүлінген</translation>
    </message>
    <message>
        <source>this side holds no exchange key of desk %1</source>
        <translation>мұнда %1 жұмыс орнының алмасу кілті жоқ</translation>
    </message>
    <message>
        <source>its signature does not match the key of desk %1 held here (package key %2, key here %3)</source>
        <translation>оның қолтаңбасы мұндағы %1 жұмыс орнының кілтіне сәйкес келмейді (пакет кілті %2, мұндағы кілт %3)</translation>
    </message>
    <message>
        <source>the body has %1 bytes, the manifest says %2: the file is truncated or damaged</source>
        <translation>денесінде %1 байт, манифесте %2: файл қысқартылған немесе бүлінген</translation>
    </message>
    <message>
        <source>the body&apos;s SHA-256 does not match the manifest: the file was changed</source>
        <translation>денесінің SHA-256 мәні манифеске сәйкес келмейді: файл өзгертілген</translation>
    </message>
    <message>
        <source>it holds %1 changes, the manifest says %2</source>
        <translation>онда %1 өзгеріс бар, манифесте %2</translation>
    </message>
    <message>
        <source>its changes are not the desk&apos;s changes %1 to %2 in order</source>
        <translation>оның өзгерістері жұмыс орнының %1–%2 өзгерістері ретімен емес</translation>
    </message>
    <message>
        <source>this is a package of this desk (%1); import it at another desk</source>
        <translation>бұл осы жұмыс орнының пакеті (%1); оны басқа жұмыс орнында жүктеңіз</translation>
    </message>
    <message>
        <source>the package holds changes %1 to %2 of desk %3, but this desk has them only up to %4: import the packages in between first</source>
        <translation>пакетте %3 жұмыс орнының %1–%2 өзгерістері бар, ал мұнда олар тек %4 дейін бар: алдымен арадағы пакеттерді жүктеңіз</translation>
    </message>
    <message>
        <source>the package holds, under number %1 of desk %2, another change than the one imported here before: that desk&apos;s database was restored from an older copy, or two desks use its code; nothing was imported — call the administrator</source>
        <translation>пакетте %2 жұмыс орнының %1 нөмірімен мұнда бұрын импортталғаннан басқа өзгеріс бар: ол жұмыс орнының дерекқоры ескі көшірмеден қалпына келтірілген немесе оның кодын екі жұмыс орны пайдаланады; ештеңе импортталған жоқ — әкімшіге хабарласыңыз</translation>
    </message>
    <message>
        <source>its body is damaged (it claims %1 bytes unpacked from %2)</source>
        <translation>оның денесі бүлінген (%2 байттан %1 байт ашылады деп көрсетеді)</translation>
    </message>
    <message>
        <source>the exchange key at hand is desk %1&apos;s, not this desk&apos;s (%2)</source>
        <translation>қолдағы алмасу кілті осы жұмыс орнынікі (%2) емес, %1 жұмыс орнынікі</translation>
    </message>
    <message>
        <source>a package needs a recipient: the hub desk or the centre whose key was added</source>
        <translation>пакетке алушы керек: кілті қосылған тірек жұмыс орны немесе орталық</translation>
    </message>
    <message>
        <source>a package of the old kind, signed but not encrypted: export it again at the desk after its new exchange key is made</source>
        <translation>ескі түрдегі пакет, қол қойылған, бірақ шифрланбаған: жаңа алмасу кілті жасалғаннан кейін оны жұмыс орнында қайта шығарыңыз</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл бүлінген</translation>
    </message>
    <message>
        <source>it is encrypted for %1, not for %2</source>
        <translation>ол %2 үшін емес, %1 үшін шифрланған</translation>
    </message>
    <message>
        <source>it is encrypted for another key of %1 than the one in this keychain (%2): the desk used an older key file of %1</source>
        <translation>ол осы кілттер қоймасындағы кілттен (%2) басқа %1 кілті үшін шифрланған: жұмыс орны %1 ескі кілт файлын пайдаланған</translation>
    </message>
    <message>
        <source>the file is truncated or was changed: it does not decrypt</source>
        <translation>файл қысқартылған немесе өзгертілген: ол шифрдан шықпайды</translation>
    </message>
    <message>
        <source>its list of recipients was changed</source>
        <translation>оның алушылар тізімі өзгертілген</translation>
    </message>
    <message>
        <source>its change %1 is not signed by desk %2</source>
        <translation>оның %1 өзгерісіне %2 жұмыс орны қол қоймаған</translation>
    </message>
</context>
<context>
    <name>kense::Grade</name>
    <message>
        <source>the grade is empty</source>
        <translation>баға толтырылмаған</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade: a grade is 2, 3, 4 or 5, or «сынақ» / «зачёт»</source>
        <translation>«%1» баға емес: баға 2, 3, 4 немесе 5, не «сынақ» болады</translation>
    </message>
</context>
<context>
    <name>kense::IdentityNumber</name>
    <message>
        <source>the IIN/BIN is empty</source>
        <translation>ЖСН/БСН толтырылмаған</translation>
    </message>
    <message>
        <source>an IIN/BIN has 12 digits, this one has %1</source>
        <translation>ЖСН/БСН 12 цифрдан тұрады, мұнда %1</translation>
    </message>
    <message>
        <source>an IIN/BIN has only digits, this one has &quot;%1&quot;</source>
        <translation>ЖСН/БСН тек цифрлардан тұрады, мұнда &quot;%1&quot; бар</translation>
    </message>
    <message>
        <source>the check digit does not match: the number is mistyped</source>
        <translation>бақылау цифры сәйкес келмейді: нөмір қате терілген</translation>
    </message>
    <message>
        <source>the first digits are not a real date</source>
        <translation>алғашқы цифрлар нақты күнді білдірмейді</translation>
    </message>
    <message>
        <source>the 7th digit must be 1 to 6 (century and sex), this one is %1</source>
        <translation>7-цифр 1-ден 6-ға дейін болуы керек (ғасыр мен жынысы), мұнда %1</translation>
    </message>
</context>
<context>
    <name>kense::Inbox</name>
    <message>
        <source>the change %1 of %2 carries no event or request</source>
        <translation>%2 жұмыс орнының %1 өзгерісінде оқиға немесе өтініш жоқ</translation>
    </message>
</context>
<context>
    <name>kense::Intake</name>
    <message>
        <source>Accepted at a moment given by hand: %1</source>
        <translation>Қолмен көрсетілген сәтте қабылданды: %1</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says %1, before this desk&apos;s last entry at %2: it was set back. Nothing was written; set the clock right and register again</source>
        <translation>компьютердің сағаты %1 көрсетіп тұр, бұл жұмыс орнының соңғы жазбасынан (%2) бұрын: сағат кері қойылған. Ештеңе жазылмады; сағатты дұрыстап, қайта тіркеңіз</translation>
    </message>
    <message>
        <source>the portal&apos;s request %1 is already registered here as %2</source>
        <translation>порталдағы %1 өтініш мұнда %2 болып тіркелген</translation>
    </message>
</context>
<context>
    <name>kense::IntakeValidator</name>
    <message>
        <source>this is a BIN of an organisation; a person has an IIN</source>
        <translation>бұл ұйымның БСН-і; адамның ЖСН-і болады</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (DD.MM.YYYY)</source>
        <translation>&quot;%1&quot; күн емес (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; бүтін сан емес</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>%1 мен %2 аралығында болуы керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; ұсынылған нұсқалардың бірі емес</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>%1 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>this service was excluded by %1 and takes no applications</source>
        <translation>бұл қызмет %1 құжатымен алып тасталған, өтініштер қабылданбайды</translation>
    </message>
    <message>
        <source>this service is not taken through the channel &quot;%1&quot;</source>
        <translation>бұл қызмет &quot;%1&quot; арнасы арқылы қабылданбайды</translation>
    </message>
    <message>
        <source>is not a field of this service</source>
        <translation>бұл қызметтің өрісі емес</translation>
    </message>
    <message>
        <source>is not a document of this service</source>
        <translation>бұл қызметтің құжаты емес</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті түрде толтырылады</translation>
    </message>
    <message>
        <source>the IIN gives the birth date %1, after the day of application: it is mistyped</source>
        <translation>ЖСН бойынша туған күні %1 — өтініш берілген күннен кейін: ЖСН қате терілген</translation>
    </message>
    <message>
        <source>born %1, %2 full years old on %3; this service takes ages %4 to %5 (%6)</source>
        <translation>%1 туған, %3 күні толық жасы: %2; қызмет %4 жастан %5 жасқа дейінгілерге көрсетіледі (%6)</translation>
    </message>
    <message>
        <source>only a request sent through the portal has it</source>
        <translation>бұл тек портал арқылы жіберілген өтініште болады</translation>
    </message>
    <message>
        <source>is required: the number the portal gave the request</source>
        <translation>міндетті: порталдың өтінішке берген нөмірі</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portal request number: 6 to 32 Latin letters, digits and hyphens</source>
        <translation>«%1» портал өтінішінің нөмірі емес: 6-дан 32-ге дейін латын әрпі, цифр және дефис</translation>
    </message>
    <message>
        <source>is required: when the applicant sent the request on the portal</source>
        <translation>міндетті: көрсетілетін қызметті алушы өтінішті порталда қашан жіберді</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment: write it as DD.MM.YYYY HH:MM</source>
        <translation>«%1» уақыт емес: КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз</translation>
    </message>
    <message>
        <source>%1 is later than now (%2): a request is registered after it was sent</source>
        <translation>%1 қазіргі уақыттан (%2) кейін: өтініш жіберілгеннен кейін тіркеледі</translation>
    </message>
</context>
<context>
    <name>kense::IntakeWizard</name>
    <message>
        <source>No service of the catalog is taken at this kind of desk.</source>
        <translation>Каталогтағы бірде-бір қызмет мұндай жұмыс орнында қабылданбайды.</translation>
    </message>
    <message numerus="yes">
        <source>the sum of the steps of the regulation (%n step(s))</source>
        <translation>
            <numerusform>регламенттің кезеңдерінің қосындысы (%n кезең)</numerusform>
            <numerusform>регламенттің кезеңдерінің қосындысы (%n кезең)</numerusform>
        </translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Қызмет: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Өтініш беруші: %1</translation>
    </message>
    <message>
        <source>Representative: %1</source>
        <translation>Өкіл: %1</translation>
    </message>
    <message>
        <source>Documents presented: %1 of %2</source>
        <translation>Ұсынылған құжаттар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>&amp;Refuse and print the refusal receipt</source>
        <translation>Бас &amp;тартып, қолхатты басу</translation>
    </message>
    <message>
        <source>A required document is missing: the application cannot be registered. It is kept as refused at intake, and the refusal receipt lists what is missing.</source>
        <translation>Міндетті құжат жоқ: өтінішті тіркеуге болмайды. Ол қабылдаудан бас тартылған ретінде сақталады, ал қолхатта жоқ құжаттар көрсетіледі.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>&amp;Register and print the receipt</source>
        <translation>&amp;Тіркеп, қолхатты басу</translation>
    </message>
    <message>
        <source>The package is complete.</source>
        <translation>Құжаттар топтамасы толық.</translation>
    </message>
    <message>
        <source>The package is incomplete (the application can only be refused):
%1</source>
        <translation>Құжаттар топтамасы толық емес (өтініштен тек бас тартуға болады):
%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <source>Not written: %1. The form is kept; try again.</source>
        <translation>Жазылмады: %1. Нысан сақталды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Өтінішті жабу</translation>
    </message>
    <message>
        <source>The application is not registered. Close it and lose what was filled in?</source>
        <translation>Өтініш тіркелмеген. Жабып, толтырылғанын жоғалту керек пе?</translation>
    </message>
    <message>
        <source> — only a copy; the original is required</source>
        <translation> — тек көшірмесі; түпнұсқасы қажет</translation>
    </message>
    <message>
        <source>Sent through the portal: № %1, %2</source>
        <translation>Портал арқылы жіберілген: № %1, %2</translation>
    </message>
    <message>
        <source>%1, counted from the moment the application is accepted</source>
        <translation>%1, өтініш қабылданған сәттен бастап есептеледі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>drop the application being taken, after asking</comment>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The &amp;holder is the applicant: fill in</source>
        <translation>Құжат &amp;иесі — өтініш берушінің өзі: толтыру</translation>
    </message>
</context>
<context>
    <name>kense::Journal</name>
    <message>
        <source>cannot write the export: </source>
        <translation>экспортты жазу мүмкін емес: </translation>
    </message>
</context>
<context>
    <name>kense::JournalFilterBar</name>
    <message>
        <source>any</source>
        <translation>барлығы</translation>
    </message>
</context>
<context>
    <name>kense::JournalModel</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім бойынша</translation>
    </message>
</context>
<context>
    <name>kense::JsonNode</name>
    <message>
        <source>not valid JSON (%1 at %2)</source>
        <translation>JSON дұрыс емес (%1, %2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>құжат JSON нысаны болуы керек</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>жиым</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>нысан</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>нысан күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>міндетті, бірақ жоқ</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>жиым күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>is not a known key here (known: %1)</source>
        <translation>мұнда белгісіз кілт (белгілілері: %1)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>жол күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>бүтін сан күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2..%3</source>
        <translation>%1 рұқсат етілген %2..%3 аралығынан тыс</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true немесе false күтілген, %1 табылды</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 ЖЖЖЖ-АА-КК түріндегі күн емес</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 мына мәндердің бірі емес: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-баған</translation>
    </message>
</context>
<context>
    <name>kense::MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
</context>
<context>
    <name>kense::MainWindow</name>
    <message>
        <source>Some data files were refused and their built-in versions are in use:</source>
        <translation>Кейбір деректер файлдары қабылданбады, олардың орнына кірістірілген нұсқалары қолданылуда:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Kense — %1</source>
        <translation>Kense — %1</translation>
    </message>
    <message>
        <source>Select a request in the journal to print its document.</source>
        <translation>Құжатын басып шығару үшін журналдан өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 registered, due %2</source>
        <translation>%1 тіркелді, мерзімі %2</translation>
    </message>
    <message>
        <source>%1 refused at intake</source>
        <translation>%1 қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Scanned %1: there is no such request in this desk&apos;s database.</source>
        <translation>%1 сканерленді: бұл жұмыс орнының дерекқорында мұндай өтініш жоқ.</translation>
    </message>
    <message>
        <source>Registration is on hold</source>
        <translation>Тіркеу тоқтатылды</translation>
    </message>
    <message>
        <source>This desk&apos;s database was restored from a backup on %1 and may lack requests registered after that copy. Sync with the centre (F9) before registering, so that no number is given twice.</source>
        <translation>Бұл жұмыс орнының дерекқоры %1 сақтық көшірмеден қалпына келтірілді, сондықтан көшірмеден кейін тіркелген өтініштер онда болмауы мүмкін. Бір нөмір екі рет берілмеуі үшін тіркемес бұрын орталықпен синхрондаңыз (F9).</translation>
    </message>
    <message>
        <source>Nothing more can be saved: start the program again</source>
        <translation>Енді ештеңе сақталмайды: бағдарламаны қайта іске қосыңыз</translation>
    </message>
    <message>
        <source>The database is gone</source>
        <translation>Дерекқор жоқ</translation>
    </message>
    <message>
        <source>Nothing more can be saved in this window: %1.</source>
        <translation>Бұл терезеде енді ештеңе сақталмайды: %1.</translation>
    </message>
    <message>
        <source>Nothing can be saved</source>
        <translation>Ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>This desk&apos;s records are sealed with its desk key, which this program could not read from the keychain. No application can be registered until the administrator puts the key back (kensectl db key add).

%1</source>
        <translation>Бұл жұмыс орнының жазбалары оның кілтімен мөрленген, ал бағдарлама бұл кілтті кілттер қоймасынан оқи алмады. Әкімші кілтті қайтармайынша (kensectl db key add) ешбір өтініш тіркелмейді.

%1</translation>
    </message>
    <message>
        <source>Requests: more than %1</source>
        <translation>Өтініштер: %1-нан астам</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Өтініштер: %1</translation>
    </message>
</context>
<context>
    <name>kense::OfficeDirectory</name>
    <message>
        <source>only an administrator adds offices to the directory</source>
        <translation>Анықтамалыққа мекемелерді тек әкімші қосады</translation>
    </message>
    <message>
        <source>office kind &quot;%1&quot;: one of %2</source>
        <translation>«%1» мекеме түрі: %2 ішінен біреуі</translation>
    </message>
    <message>
        <source>the office&apos;s name and address take at most 300 characters each</source>
        <translation>Мекеменің атауы мен мекенжайы әрқайсысы 300 таңбадан аспайды</translation>
    </message>
</context>
<context>
    <name>kense::OfficeHours</name>
    <message>
        <source>the office must open before it closes</source>
        <translation>кеңсе жабылмас бұрын ашылуы керек</translation>
    </message>
    <message>
        <source>a lunch break needs both a start and an end</source>
        <translation>түскі үзілістің басталуы да, аяқталуы да керек</translation>
    </message>
    <message>
        <source>the lunch break must lie inside the working hours</source>
        <translation>түскі үзіліс жұмыс уақытының ішінде болуы керек</translation>
    </message>
</context>
<context>
    <name>kense::OpenLock</name>
    <message>
        <source>%1: the folder %2 cannot be written; Kense needs to write beside its database</source>
        <translation>%1: %2 қалтасына жазу мүмкін емес; Kense өз дерекқорының жанына жаза алуы керек</translation>
    </message>
    <message>
        <source>%1: another restore of this database is under way</source>
        <translation>%1: бұл дерекқор қазір басқа жолмен қалпына келтірілуде</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (%2 процесі)</translation>
    </message>
    <message>
        <source>%1: is being restored from a backup by %2; open it when the restore has finished</source>
        <translation>%1: оны %2 сақтық көшірмеден қалпына келтіруде; қалпына келтіру аяқталғанда ашыңыз</translation>
    </message>
    <message>
        <source>%1: is open in %2; close that program first — nothing was changed</source>
        <translation>%1: %2 бағдарламасында ашық; алдымен сол бағдарламаны жабыңыз — ештеңе өзгертілген жоқ</translation>
    </message>
</context>
<context>
    <name>kense::Outbox</name>
    <message>
        <source>this desk&apos;s change %1 is damaged on disk or was changed behind the program; nothing from it on is sent — run kensectl db verify and call the administrator</source>
        <translation>осы жұмыс орнының %1 өзгерісі дискіде бүлінген немесе бағдарламадан тыс өзгертілген; одан бастап ештеңе жіберілмейді — kensectl db verify іске қосып, әкімшіге хабарласыңыз</translation>
    </message>
</context>
<context>
    <name>kense::OutboxDigest</name>
    <message>
        <source>cannot read the outbox: </source>
        <translation>жіберілетін өзгерістер оқылмады: </translation>
    </message>
    <message>
        <source>it has no digest (written behind the program)</source>
        <translation>оның хэші жоқ (бағдарламадан тыс жазылған)</translation>
    </message>
    <message>
        <source>its content differs from its digest (damaged on disk or changed behind the program)</source>
        <translation>мазмұны хэшіне сәйкес емес (дискіде бүлінген немесе бағдарламадан тыс өзгертілген)</translation>
    </message>
    <message>
        <source>it does not name the event it was made of</source>
        <translation>ол жасалған оқиғаны атамайды</translation>
    </message>
    <message>
        <source>outbox change %1: %2</source>
        <translation>жіберілетін өзгеріс %1: %2</translation>
    </message>
</context>
<context>
    <name>kense::PagePainter</name>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>принтерді немесе файлды жазуға ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>the printer refused page %1</source>
        <translation>принтер %1-бетті қабылдамады</translation>
    </message>
    <message>
        <source>the printer or file did not accept the document</source>
        <translation>принтер немесе файл құжатты қабылдамады</translation>
    </message>
</context>
<context>
    <name>kense::PasswordHasher</name>
    <message>
        <source>cannot hash the password: </source>
        <translation>құпиясөзді хэштеу мүмкін емес: </translation>
    </message>
</context>
<context>
    <name>kense::Path</name>
    <message>
        <source>head&apos;s resolution → executor → head&apos;s signature</source>
        <translation>басшының бұрыштамасы → орындаушы → басшының қолы</translation>
    </message>
    <message>
        <source>executor, no head&apos;s resolution or signature</source>
        <translation>орындаушы, басшының бұрыштамасы мен қолынсыз</translation>
    </message>
    <message>
        <source>the office registers and issues</source>
        <translation>кеңсе тіркейді және береді</translation>
    </message>
</context>
<context>
    <name>kense::PersonName</name>
    <message>
        <source>the name is empty</source>
        <translation>аты-жөні толтырылмаған</translation>
    </message>
    <message>
        <source>a name is at most 120 characters long</source>
        <translation>аты-жөні 120 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kazakh or Russian letter</source>
        <translation>&quot;%1&quot; қазақ немесе орыс әрпі емес</translation>
    </message>
    <message>
        <source>a space, hyphen or apostrophe must stand between letters</source>
        <translation>бос орын, дефис немесе апостроф әріптердің арасында тұруы керек</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
</context>
<context>
    <name>kense::Phone</name>
    <message>
        <source>a phone number cannot contain &quot;%1&quot;</source>
        <translation>телефон нөмірінде &quot;%1&quot; болмауы керек</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>телефон нөмірі толтырылмаған</translation>
    </message>
    <message>
        <source>a phone number has 10 digits after +7 or 8</source>
        <translation>телефон нөмірінде +7 немесе 8-ден кейін 10 цифр болады</translation>
    </message>
    <message>
        <source>a Kazakhstan number begins with +7 7</source>
        <translation>Қазақстан нөмірі +7 7-ден басталады</translation>
    </message>
</context>
<context>
    <name>kense::PlaceActs</name>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1 is not an application for a place in a waiting list</source>
        <translation>%1 — кезекке қою туралы өтініш емес</translation>
    </message>
    <message>
        <source>the waiting lists are kept by the provider&apos;s desk, not at %1-%2</source>
        <translation>кезектерді %1-%2 емес, көрсетілетін қызметті берушінің жұмыс орны жүргізеді</translation>
    </message>
    <message>
        <source>%1 is «%2»: its child waits in no list</source>
        <translation>%1 — «%2»: баласы ешбір кезекте тұрған жоқ</translation>
    </message>
    <message>
        <source>«%1» cannot be done for %2: the child is «%3»</source>
        <translation>%2 үшін «%1» әрекетін жасауға болмайды: бала — «%3»</translation>
    </message>
    <message>
        <source>%1 may not «%2»: only %3 may</source>
        <translation>%1 «%2» әрекетін жасай алмайды: тек %3</translation>
    </message>
    <message>
        <source>an offer names the kindergarten</source>
        <translation>орын ұсынғанда балабақша аталады</translation>
    </message>
    <message>
        <source>the regulation of %1 gives a direction no term: it does not lapse by itself (record the enrolment, or the parent&apos;s withdrawal)</source>
        <translation>%1 регламенті жолдаманың мерзімін белгілемейді: оның мерзімі өздігінен өтпейді (балабақшаға қабылданғанын немесе ата-ананың өтінішті қайтарып алуын тіркеңіз)</translation>
    </message>
    <message>
        <source>the direction of %1 issued on %2 is valid until %3: it lapses only after that</source>
        <translation>%1 өтініші бойынша %2 берілген жолдама %3 дейін жарамды: оның мерзімі осы күннен кейін ғана өтеді</translation>
    </message>
    <message>
        <source>the day to answer by, %1, is before the offer&apos;s own day %2</source>
        <translation>жауап беру күні %1 ұсыныстың өз күнінен (%2) бұрын</translation>
    </message>
</context>
<context>
    <name>kense::PlaceMove</name>
    <message>
        <source>Offer a place</source>
        <translation>Орын ұсыну</translation>
    </message>
    <message>
        <source>The parent refused the place in writing</source>
        <translation>Ата-ана орыннан жазбаша бас тартты</translation>
    </message>
    <message>
        <source>The parent consented: issue the direction</source>
        <translation>Ата-ана келісті: жолдама беру</translation>
    </message>
    <message>
        <source>The kindergarten registered the direction</source>
        <translation>Балабақша жолдаманы тіркеді</translation>
    </message>
    <message>
        <source>The direction expired</source>
        <translation>Жолдаманың мерзімі өтті</translation>
    </message>
    <message>
        <source>Withdraw from the list</source>
        <translation>Кезектен шығару</translation>
    </message>
</context>
<context>
    <name>kense::PlaceOfferDialog</name>
    <message>
        <source>Offer a place</source>
        <translation>Орын ұсыну</translation>
    </message>
    <message>
        <source>A free place for the child of application %1. The parent answers in writing: a consent issues the direction, a refusal keeps the child in the queue.</source>
        <translation>%1 өтініші бойынша балаға бос орын. Ата-ана жазбаша жауап береді: келісім берілсе жолдама беріледі, бас тартса бала кезекте қалады.</translation>
    </message>
    <message>
        <source>e.g. № 5 «Ақбота» балабақшасы</source>
        <translation>мысалы, № 5 «Ақбота» балабақшасы</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Балабақша:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Ұсыну</translation>
    </message>
    <message>
        <source>The parent &amp;answers by:</source>
        <translation>Ата-ана &amp;жауап беретін күн:</translation>
    </message>
</context>
<context>
    <name>kense::PlaceState</name>
    <message>
        <source>Waiting for a place</source>
        <translation>Орын күтуде</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Орын ұсынылды</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Enrolled in the kindergarten</source>
        <translation>Балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Жолдама мерзімі өткен</translation>
    </message>
    <message>
        <source>Withdrawn from the list</source>
        <translation>Кезектен шығарылды</translation>
    </message>
</context>
<context>
    <name>kense::PrintSettingsDialog</name>
    <message>
        <source>PDF files</source>
        <translation>PDF файлдары</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибрлеу беті</translation>
    </message>
    <message>
        <source>The print settings were not saved: %1</source>
        <translation>Басып шығару баптаулары сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>kense::QueueStore</name>
    <message>
        <source>only an administrator changes working hours</source>
        <translation>жұмыс уақытын тек әкімші өзгертеді</translation>
    </message>
</context>
<context>
    <name>kense::ReportDialog</name>
    <message>
        <source>Save as CSV</source>
        <translation>CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Journal of the period</source>
        <translation>Кезеңдегі журнал</translation>
    </message>
    <message>
        <source>Overdue and due within a working day</source>
        <translation>Мерзімі өткен және бір жұмыс күні ішінде аяқталатын</translation>
    </message>
    <message>
        <source>Statistics per service</source>
        <translation>Қызметтер бойынша статистика</translation>
    </message>
    <message>
        <source>Quality survey per service</source>
        <translation>Қызметтер бойынша сапа сауалнамасы</translation>
    </message>
    <message>
        <source>The period ends before it begins: check &quot;To&quot;.</source>
        <translation>Кезеңнің соңы басынан бұрын: «Дейін» өрісін тексеріңіз.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Есеп құрылуда…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Есепті құру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The report is open in the preview.</source>
        <translation>Есеп алдын ала қарауда ашылды.</translation>
    </message>
    <message>
        <source>The report&apos;s template is broken: %1</source>
        <translation>Есеп үлгісі бүлінген: %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Сақталмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%1 файлына %n жол сақталды.</numerusform>
            <numerusform>%1 файлына %n жол сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>kense::RequestCardDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Өтініш %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>There is no request %1 in this desk&apos;s database.</source>
        <translation>Осы жұмыс орнының дерекқорында %1 өтініші жоқ.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>көшірме</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>The whole request</source>
        <translation>Өтініш толығымен</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Result %1, prepared by %2 on %3</source>
        <translation>%1 нәтижесі, дайындаған %2, %3</translation>
    </message>
    <message>
        <source>No result has been prepared yet.</source>
        <translation>Нәтиже әлі дайындалған жоқ.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this request now</source>
        <translation>Бұл өтініш бойынша қазір сізге әрекет жоқ</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Қазір не істей аласыз</translation>
    </message>
    <message>
        <source>Choose the executor first: no active user holds the executor role.</source>
        <translation>Алдымен орындаушыны таңдаңыз: орындаушы рөлі бар белсенді пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>Write the reasons in &quot;Note or reasons&quot;: they are printed in the refusal letter and kept in the history.</source>
        <translation>Негіздерді «Ескерту немесе негіздер» өрісіне жазыңыз: олар бас тарту хатында басылады және тарихта сақталады.</translation>
    </message>
    <message>
        <source>%1: %2?
This cannot be undone.</source>
        <translation>%1: %2?
Бұл әрекетті қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Орындалды: %1.</translation>
    </message>
    <message>
        <source>Line %1 of the result needs both a subject and a grade.</source>
        <translation>Нәтиженің %1-жолында пән де, баға да болуы керек.</translation>
    </message>
    <message>
        <source>Result %1 saved.</source>
        <translation>%1 нәтижесі сақталды.</translation>
    </message>
    <message>
        <source>The survey was not answered.</source>
        <translation>Сауалнамаға жауап берілмеді.</translation>
    </message>
    <message>
        <source>The survey&apos;s answers are recorded.</source>
        <translation>Сауалнама жауаптары жазылды.</translation>
    </message>
    <message>
        <source>Corrected: %1. The history keeps what it was.</source>
        <translation>Түзетілді: %1. Бұрынғы мәні тарихта сақталды.</translation>
    </message>
    <message>
        <source>Choose what to do with its button: Enter runs a move only when the card shows one.</source>
        <translation>Әрекетті оның батырмасымен таңдаңыз: Enter карточкада бір ғана әрекет болғанда ғана орындайды.</translation>
    </message>
    <message>
        <source>Line %1 of the result: %2.</source>
        <translation>Нәтиженің %1-жолы: %2.</translation>
    </message>
    <message>
        <source>The applicant, %1</source>
        <translation>Өтініш беруші, %1</translation>
    </message>
    <message>
        <source>The representative, %1</source>
        <translation>Өкіл, %1</translation>
    </message>
    <message>
        <source>Say who came for it in &quot;Received by&quot;: the receipt of issue names them.</source>
        <translation>«Кім алды» өрісінде нәтижені кім алғанын көрсетіңіз: беру туралы қолхатта сол адам жазылады.</translation>
    </message>
    <message>
        <source>The result of this service&apos;s term is the receipt, signed by the head: there is nothing to fill in.</source>
        <translation>Бұл қызмет мерзімінің нәтижесі — басшы қол қойған қолхат: толтыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Сақтау: %1</translation>
    </message>
    <message>
        <source>The result of this service&apos;s term is the receipt: there is nothing to fill in.</source>
        <translation>Бұл қызмет мерзімінің нәтижесі — қолхат: толтыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The child waits for a place in the queue.</source>
        <translation>Бала кезекте орын күтуде.</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent&apos;s written answer is awaited.</source>
        <translation>%1 орын ұсынылды: %2. Ата-ананың жазбаша жауабы күтілуде.</translation>
    </message>
    <message>
        <source>Direction issued on %1 to %2; valid until %3.</source>
        <translation>%1 жолдама берілді: %2; %3 дейін жарамды.</translation>
    </message>
    <message>
        <source>Direction issued on %1 to %2.</source>
        <translation>%1 жолдама берілді: %2.</translation>
    </message>
    <message>
        <source>%1 on %2; the child is no longer in the queue.</source>
        <translation>%1 (%2); бала кезектен шығарылды.</translation>
    </message>
    <message>
        <source>Offer a place…</source>
        <translation>Орын ұсыну…</translation>
    </message>
    <message>
        <source>Portal request number</source>
        <translation>Портал өтінішінің нөмірі</translation>
    </message>
    <message>
        <source>Sent through the portal</source>
        <translation>Портал арқылы жіберілді</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent was to answer by %3: no answer is recorded.</source>
        <translation>%1 орын ұсынылды: %2. Ата-ана %3 дейін жауап беруі тиіс еді: жауап тіркелмеген.</translation>
    </message>
    <message>
        <source>Place offered on %1: %2. The parent&apos;s written answer is awaited by %3.</source>
        <translation>%1 орын ұсынылды: %2. Ата-ананың жазбаша жауабы %3 дейін күтілуде.</translation>
    </message>
    <message>
        <source>Note (%1, %2): «%3»</source>
        <translation>Ескерту (%1, %2): «%3»</translation>
    </message>
</context>
<context>
    <name>kense::RequestPrinting</name>
    <message>
        <source>Preparing the document of %1…</source>
        <translation>%1 құжаты дайындалуда…</translation>
    </message>
    <message>
        <source>%1: nothing is printed for a request in this state.</source>
        <translation>%1: осы күйдегі өтініш үшін басып шығаратын құжат жоқ.</translation>
    </message>
    <message>
        <source>%1: the request has had no %2 to print.</source>
        <translation>%1: өтініште басып шығаратын «%2» жоқ.</translation>
    </message>
</context>
<context>
    <name>kense::RequestRepository</name>
    <message>
        <source>no service variant given</source>
        <translation>қызмет нұсқасы көрсетілмеген</translation>
    </message>
    <message>
        <source>the history cannot %1 from &quot;%2&quot;</source>
        <translation>тарихта «%2» күйінен %1 мүмкін емес</translation>
    </message>
    <message>
        <source>cannot take the next number</source>
        <translation>келесі нөмірді алу мүмкін емес</translation>
    </message>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1 may not «%2»: only %3 may</source>
        <translation>%1 «%2» әрекетін жасай алмайды: тек %3</translation>
    </message>
    <message>
        <source>assigning needs the executor</source>
        <translation>тағайындау үшін орындаушы керек</translation>
    </message>
    <message>
        <source>the chosen user is not an active executor</source>
        <translation>таңдалған пайдаланушы белсенді орындаушы емес</translation>
    </message>
    <message>
        <source>%1 was changed by someone else; look again</source>
        <translation>%1 басқа біреу өзгертті; қайта қараңыз</translation>
    </message>
    <message>
        <source>%1 is a request for %2, not %3</source>
        <translation>%1 — %3 емес, %2 өтініші</translation>
    </message>
    <message>
        <source>%1 may not correct a request that is &quot;%2&quot;</source>
        <translation>%1 «%2» күйіндегі өтінішті түзете алмайды</translation>
    </message>
    <message>
        <source>%1: not a field of %2</source>
        <translation>%1: %2 өрісі емес</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>who received it is said only when a result or a refusal is issued</source>
        <translation>кім алғаны нәтиже немесе бас тарту берілгенде ғана көрсетіледі</translation>
    </message>
    <message>
        <source>a result is received by the applicant or the representative</source>
        <translation>нәтижені өтініш беруші немесе өкіл алады</translation>
    </message>
    <message>
        <source>%1 has no representative: the applicant receives it</source>
        <translation>%1 өтінішінде өкіл жоқ: нәтижені өтініш берушінің өзі алады</translation>
    </message>
    <message>
        <source>«%1» is made only by a courier register: add the request to a register, send the register with the courier, receive it by scanning (Courier registers)</source>
        <translation>«%1» тек тізілімдеме арқылы жасалады: өтінішті тізілімдемеге қосыңыз, тізілімдемені курьермен жіберіңіз, оны сканерлеп қабылдаңыз (Тізілімдемелер)</translation>
    </message>
    <message>
        <source>a request is moved along its service&apos;s path: the catalog was not given</source>
        <translation>өтініш өз қызметінің жолымен жылжиды: қызметтер каталогы берілмеді</translation>
    </message>
    <message>
        <source>a request that is «%1» cannot become «%2» (%3; its service: %4)</source>
        <translation>«%1» күйіндегі өтініш «%2» күйіне өте алмайды (%3; қызметі: %4)</translation>
    </message>
    <message>
        <source>«%1» cannot be done to a request that is «%2» (%3; its service: %4)</source>
        <translation>«%2» күйіндегі өтінішке «%1» әрекетін жасауға болмайды (%3; қызметі: %4)</translation>
    </message>
    <message>
        <source>survey answers are written with the history&apos;s issue</source>
        <translation>сауалнама жауаптары тарихтағы беру қадамымен бірге жазылады</translation>
    </message>
    <message>
        <source>a result is written with the history&apos;s preparation of it</source>
        <translation>нәтиже тарихтағы оны дайындау қадамымен бірге жазылады</translation>
    </message>
</context>
<context>
    <name>kense::RequestSeals</name>
    <message>
        <source>cannot seal the requests: </source>
        <translation>өтініштердің мөрі жасалмады: </translation>
    </message>
    <message>
        <source>cannot read the requests&apos; seals: </source>
        <translation>өтініштердің мөрі оқылмады: </translation>
    </message>
    <message>
        <source>it has no seal (added, or its seal taken away, behind the program)</source>
        <translation>оның мөрі жоқ (бағдарламадан тыс қосылған немесе мөрі алынып тасталған)</translation>
    </message>
    <message>
        <source>its rows differ from what the program last wrote (changed behind the program: the request, its parties, documents or result)</source>
        <translation>жазбалары бағдарлама соңғы жазғанынан өзгеше (бағдарламадан тыс өзгертілген: өтініш, оның қатысушылары, құжаттары немесе нәтижесі)</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>бір өтініш</translation>
    </message>
    <message>
        <source>it was removed behind the program (its seal is left)</source>
        <translation>ол бағдарламадан тыс жойылған (мөрі қалған)</translation>
    </message>
</context>
<context>
    <name>kense::RequestState</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>In a courier register</source>
        <translation>Тізілімдемеде</translation>
    </message>
    <message>
        <source>Sent to the provider</source>
        <translation>Қызмет берушіге жіберілді</translation>
    </message>
    <message>
        <source>Received by the provider</source>
        <translation>Қызмет беруші қабылдады</translation>
    </message>
    <message>
        <source>With the executor</source>
        <translation>Орындаушыда</translation>
    </message>
    <message>
        <source>Result prepared</source>
        <translation>Нәтиже дайындалды</translation>
    </message>
    <message>
        <source>Refusal prepared</source>
        <translation>Бас тарту дайындалды</translation>
    </message>
    <message>
        <source>Result signed</source>
        <translation>Нәтижеге қол қойылды</translation>
    </message>
    <message>
        <source>Refusal signed</source>
        <translation>Бас тартуға қол қойылды</translation>
    </message>
    <message>
        <source>Result back at the service centre</source>
        <translation>Нәтиже ХҚКО-ға қайтарылды</translation>
    </message>
    <message>
        <source>Refusal back at the service centre</source>
        <translation>Бас тарту ХҚКО-ға қайтарылды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Refusal issued</source>
        <translation>Бас тарту берілді</translation>
    </message>
    <message>
        <source>Not collected, in storage</source>
        <translation>Алынбаған, сақтауда</translation>
    </message>
    <message>
        <source>Result back at the akim&apos;s office</source>
        <translation>Нәтиже әкім аппаратына қайтарылды</translation>
    </message>
    <message>
        <source>Refusal back at the akim&apos;s office</source>
        <translation>Бас тарту әкім аппаратына қайтарылды</translation>
    </message>
</context>
<context>
    <name>kense::RestoreHold</name>
    <message>
        <source>this desk&apos;s database was restored from a backup on %1 and may lack requests it registered after that copy; nothing is registered or moved here until it has caught up. Sync with the centre (it brings them back), or, on a desk that syncs with no centre, have an administrator release the hold (kensectl db release-hold)</source>
        <translation>бұл жұмыс орнының дерекқоры %1 сақтық көшірмеден қалпына келтірілді, сондықтан көшірмеден кейін тіркелген өтініштер онда болмауы мүмкін; олар қайтарылғанша мұнда ештеңе тіркелмейді және жылжытылмайды. Орталықпен синхрондаңыз (ол оларды қайтарады), ал орталықпен синхрондалмайтын жұмыс орнында әкімші тоқтатуды алсын (kensectl db release-hold)</translation>
    </message>
    <message>
        <source>only an administrator releases the hold</source>
        <translation>тоқтатуды тек әкімші ала алады</translation>
    </message>
    <message>
        <source>say why the desk may work without catching up (the reason is kept with the event)</source>
        <translation>жұмыс орнының деректерді қайтармай жұмыс істеуінің себебін көрсетіңіз (себеп оқиғамен бірге сақталады)</translation>
    </message>
    <message>
        <source>this desk is not on hold: it was not restored from a backup, or has caught up</source>
        <translation>бұл жұмыс орны тоқтатылмаған: ол сақтық көшірмеден қалпына келтірілмеген немесе деректерін қайтарып алған</translation>
    </message>
</context>
<context>
    <name>kense::ResultActs</name>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1: its service %2 is not in the catalog in force</source>
        <translation>%1: оның %2 қызметі қолданыстағы каталогта жоқ</translation>
    </message>
    <message>
        <source>%1: the service %2 does not ask the applicant the survey</source>
        <translation>%1: %2 қызметі өтініш берушіден сауалнама сұрамайды</translation>
    </message>
</context>
<context>
    <name>kense::Results</name>
    <message>
        <source>no request %1</source>
        <translation>%1 өтініші жоқ</translation>
    </message>
    <message>
        <source>%1 is not an executor or a head: only they prepare results</source>
        <translation>%1 орындаушы да, басшы да емес: нәтижені тек солар дайындайды</translation>
    </message>
    <message>
        <source>every grade line names a subject and a grade</source>
        <translation>әр жолда пән де, баға да болуы керек</translation>
    </message>
    <message>
        <source>%1 is %2: a result is prepared while the request is in work</source>
        <translation>%1 күйі — %2: нәтиже өтініш орындалу кезінде дайындалады</translation>
    </message>
    <message>
        <source>each survey answer is 1, 2 or 3</source>
        <translation>сауалнаманың әр жауабы 1, 2 немесе 3</translation>
    </message>
    <message>
        <source>%1 is %2: the survey is asked when the result is issued</source>
        <translation>%1 күйі — %2: сауалнама нәтиже берілгенде жүргізіледі</translation>
    </message>
    <message>
        <source>%1: the applicant has already answered the survey</source>
        <translation>%1: өтініш беруші сауалнамаға бұрын жауап берген</translation>
    </message>
    <message>
        <source>grade line %1 (%2): %3</source>
        <translation>бағаның %1-жолы (%2): %3</translation>
    </message>
    <message>
        <source>%1: the service %2 names no result document</source>
        <translation>%1: %2 қызметі нәтиже құжатын атамайды</translation>
    </message>
    <message>
        <source>%1: the result of its term is the receipt signed by the head; it has no data to save</source>
        <translation>%1: мерзімінің нәтижесі — басшы қол қойған қолхат; сақтайтын деректері жоқ</translation>
    </message>
    <message>
        <source>%1: the result of its term is the receipt; it has no data to save</source>
        <translation>%1: мерзімінің нәтижесі — қолхат; сақтайтын деректері жоқ</translation>
    </message>
    <message>
        <source>cannot take the next number</source>
        <translation>келесі нөмірді алу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>kense::Role</name>
    <message>
        <source>Clerk</source>
        <translation>Кеңсе қызметкері</translation>
    </message>
    <message>
        <source>Service centre operator</source>
        <translation>ХҚКО операторы</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Көрсетілетін қызметті алушы</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Ақпараттық жүйе</translation>
    </message>
    <message>
        <source>Akim&apos;s office specialist</source>
        <translation>Әкім аппаратының маманы</translation>
    </message>
</context>
<context>
    <name>kense::ServiceCatalog</name>
    <message>
        <source>the variant &quot;%1&quot; is already defined by another file</source>
        <translation>&quot;%1&quot; нұсқасы басқа файлда анықталған</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is already defined by %2</source>
        <translation>&quot;%1&quot; нұсқасы %2 файлында анықталған</translation>
    </message>
    <message>
        <source>%1 (entered by the desk&apos;s administrator)</source>
        <translation>%1 (жұмыс орнының әкімшісі белгілеген)</translation>
    </message>
</context>
<context>
    <name>kense::Settings</name>
    <message>
        <source>expected true or false</source>
        <translation>true немесе false күтілді</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>бүтін сан күтілді</translation>
    </message>
    <message>
        <source>must be within %1</source>
        <translation>%1 аралығында болуы керек</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>сан күтілді</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>мыналардың бірі болуы керек: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 жазылмады</translation>
    </message>
</context>
<context>
    <name>kense::SetupDialog</name>
    <message>
        <source>Another office (not in the directory)</source>
        <translation>Басқа кеңсе (анықтамалықта жоқ)</translation>
    </message>
    <message>
        <source>New office code: use 2 to 12 Latin capital letters and digits.</source>
        <translation>Жаңа кеңсенің коды: 2-ден 12-ге дейін бас латын әрпі мен цифр.</translation>
    </message>
    <message>
        <source>New office name: write the office&apos;s name.</source>
        <translation>Жаңа кеңсенің атауы: кеңсенің атауын жазыңыз.</translation>
    </message>
    <message>
        <source>Desk code: use 1 to 6 Latin capital letters and digits.</source>
        <translation>Жұмыс орнының коды: 1-ден 6-ға дейін бас латын әрпі мен цифр.</translation>
    </message>
    <message>
        <source>Administrator: write the login and the full name.</source>
        <translation>Әкімші: логин мен толық аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Құпиясөз: %1.</translation>
    </message>
</context>
<context>
    <name>kense::SignInDialog</name>
    <message>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask the administrator to set a new password.</source>
        <translation>Сәтсіз әрекеттер тым көп: бұл тіркелгі %1 дейін бұғатталды. Сол уақытта қайталаңыз немесе әкімшіден жаңа құпиясөз орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>kense::Sla</name>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі жақын</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>No term set</source>
        <translation>Мерзімі белгіленбеген</translation>
    </message>
    <message>
        <source>term not set</source>
        <translation>мерзімі белгіленбеген</translation>
    </message>
</context>
<context>
    <name>kense::SnapshotWriter</name>
    <message>
        <source>no request with id %1</source>
        <translation>%1 нөмірлі өтініш жоқ</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>%1 нөмірлі оқиға жоқ</translation>
    </message>
    <message>
        <source>a change names no office</source>
        <translation>өзгерісте мекеме көрсетілмеген</translation>
    </message>
    <message>
        <source>a change carries a request without uuid or number</source>
        <translation>өзгерістегі өтініште uuid немесе нөмір жоқ</translation>
    </message>
</context>
<context>
    <name>kense::SqlUtil</name>
    <message>
        <source>cannot start a transaction: </source>
        <translation>транзакцияны бастау мүмкін емес: </translation>
    </message>
    <message>
        <source>cannot commit: </source>
        <translation>сақтау мүмкін емес: </translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for %1 seconds without a pause; nothing was saved — try again, and if it stays busy close the other Kense programs</source>
        <translation>дерекқор бос емес: басқа бағдарлама оған %1 секунд бойы үзіліссіз жазып жатыр; ештеңе сақталған жоқ — қайталап көріңіз, ал бос болмаса Kense-тің басқа бағдарламаларын жабыңыз</translation>
    </message>
</context>
<context>
    <name>kense::StateReplay</name>
    <message>
        <source>cannot replay the requests&apos; history: </source>
        <translation>өтініштердің тарихын қайта өткізу мүмкін емес: </translation>
    </message>
    <message>
        <source>its state is %1, but its history leaves it %2 (the state was changed behind the program)</source>
        <translation>оның күйі %1, бірақ тарихы бойынша ол %2 болуы керек (күйі бағдарламаны айналып өтіп өзгертілген)</translation>
    </message>
    <message>
        <source>its form, applicant, parties or documents are not what its history recorded (changed behind the program)</source>
        <translation>оның өтініш деректері, өтініш беруші, қатысушылары немесе құжаттары тарихында жазылғандай емес (бағдарламаны айналып өтіп өзгертілген)</translation>
    </message>
</context>
<context>
    <name>kense::SyncController</name>
    <message>
        <source>No central server is set (Settings → Central server).</source>
        <translation>Орталық сервер көрсетілмеген (Баптаулар → Орталық сервер).</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1.</source>
        <translation>Кілттер қоймасында %1 үшін құпиясөз жоқ.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). The password will be kept only until Kense closes.</source>
        <translation>Бұл компьютерде кілттер қоймасы жоқ (%1). Құпиясөз Kense жабылғанша ғана сақталады.</translation>
    </message>
    <message>
        <source>Password of the central server</source>
        <translation>Орталық сервердің құпиясөзі</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 құпиясөзі:</translation>
    </message>
    <message>
        <source>The sync was not started: no password.</source>
        <translation>Синхрондау басталмады: құпиясөз жоқ.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts.</source>
        <translation>Синхрондалды: %1 жіберілді, %2 алынды, %3 қайшылық.</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was sent and received so far is kept.</source>
        <translation>Синхрондау тоқтатылды; осы уақытқа дейін жіберілгені мен алынғаны сақталды.</translation>
    </message>
</context>
<context>
    <name>kense::SyncEngine</name>
    <message>
        <source>the centre holds changes up to %1 from desk %2, but this database has only up to %3: it may have been restored from a backup. Ask the administrator of the centre before syncing this database</source>
        <translation>орталықта %2 жұмыс орнының %1 дейінгі өзгерістері бар, ал бұл дерекқорда тек %3 дейін: ол сақтық көшірмеден қалпына келтірілген болуы мүмкін. Бұл дерекқорды синхрондамас бұрын орталық әкімшісіне хабарласыңыз</translation>
    </message>
    <message>
        <source>number %1 of desk %2</source>
        <translation>%2 жұмыс орнының %1 нөмірі</translation>
    </message>
    <message>
        <source>this desk keeps changes of desk %1 to pass on to the centre, but the keychain holds no exchange key of that desk to check them with (kensectl exchange key add)</source>
        <translation>бұл жұмыс орны %1 жұмыс орнының өзгерістерін орталыққа жіберу үшін сақтайды, бірақ кілттер қоймасында оларды тексеретін сол жұмыс орнының алмасу кілті жоқ (kensectl exchange key add)</translation>
    </message>
    <message>
        <source>change %1 of desk %2, kept here to pass on to the centre, does not carry that desk&apos;s signature: it was changed here after its package was imported (or came in a package of the old kind); nothing of desk %2 was passed on — call the administrator</source>
        <translation>орталыққа жіберу үшін мұнда сақталған %2 жұмыс орнының %1 өзгерісінде сол жұмыс орнының қолтаңбасы жоқ: пакет жүктелгеннен кейін ол мұнда өзгертілген (немесе ескі түрдегі пакетпен келген); %2 жұмыс орнынан ештеңе жіберілмеді — әкімшіні шақырыңыз</translation>
    </message>
    <message>
        <source>the centre holds the changes of desk %1 only up to %2, and this desk let go of its changes up to %3 after the centre had confirmed them (it keeps them %4 days): the centre was restored from a backup older than that. Nothing was sent; the centre&apos;s administrator restores a newer backup</source>
        <translation>орталықта %1 жұмыс орнының өзгерістері тек %2 дейін бар, ал бұл жұмыс орны %3 дейінгі өзгерістерін орталық растағаннан кейін сақтамайды (оларды %4 күн сақтайды): орталық бұдан ескі сақтық көшірмеден қалпына келтірілген. Ештеңе жіберілген жоқ; орталықтың әкімшісі жаңарақ сақтық көшірмені қалпына келтіреді</translation>
    </message>
</context>
<context>
    <name>kense::SyncStatusWidget</name>
    <message>
        <source>sending %p%</source>
        <translation>жіберілуде %p%</translation>
    </message>
    <message>
        <source>receiving %p%</source>
        <translation>алынуда %p%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop the sync; what was sent and received so far is kept</source>
        <translation>Синхрондауды тоқтату; осы уақытқа дейін жіберілгені мен алынғаны сақталады</translation>
    </message>
    <message>
        <source>No central server</source>
        <translation>Орталық сервер жоқ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Байланыс бар</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхрондалуда</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>күтуде: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>соңғы синхрондау %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>қайшылықтар: %1</translation>
    </message>
    <message>
        <source>On hold after a restore: sync to work again</source>
        <translation>Қалпына келтіруден кейін тоқтатылды: жұмысты жалғастыру үшін синхрондаңыз</translation>
    </message>
    <message>
        <source>The desk key is missing: nothing can be saved</source>
        <translation>Жұмыс орнының кілті жоқ: ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>Not encrypted: the link to the centre is clear text</source>
        <translation>Шифрланбаған: орталықпен байланыс ашық мәтінмен</translation>
    </message>
</context>
<context>
    <name>kense::Transition</name>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation>Қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>Add to a courier register</source>
        <translation>Тізілімдемеге қосу</translation>
    </message>
    <message>
        <source>Remove from the courier register</source>
        <translation>Тізілімдемеден алып тастау</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>Қызмет берушіге жіберу</translation>
    </message>
    <message>
        <source>Receive from the courier</source>
        <translation>Курьерден қабылдау</translation>
    </message>
    <message>
        <source>Assign an executor</source>
        <translation>Орындаушыны тағайындау</translation>
    </message>
    <message>
        <source>Prepare the result</source>
        <translation>Нәтижені дайындау</translation>
    </message>
    <message>
        <source>Prepare a reasoned refusal</source>
        <translation>Дәлелді бас тартуды дайындау</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Sign the result</source>
        <translation>Нәтижеге қол қою</translation>
    </message>
    <message>
        <source>Sign the refusal</source>
        <translation>Бас тартуға қол қою</translation>
    </message>
    <message>
        <source>Receive back at the service centre</source>
        <translation>ХҚКО-да кері қабылдау</translation>
    </message>
    <message>
        <source>Issue the result</source>
        <translation>Нәтижені беру</translation>
    </message>
    <message>
        <source>Issue the refusal</source>
        <translation>Бас тартуды беру</translation>
    </message>
    <message>
        <source>Not collected: to storage</source>
        <translation>Алынбады: сақтауға</translation>
    </message>
    <message>
        <source>Receive back at the akim&apos;s office</source>
        <translation>Әкім аппаратында қайта қабылдау</translation>
    </message>
</context>
<context>
    <name>kense::UserDialog</name>
    <message>
        <source>The account %1</source>
        <translation>%1 тіркелгісі</translation>
    </message>
    <message>
        <source>As documents print it: receipts, results and registers name the employee by surname, given name and patronymic (if the person has one).</source>
        <translation>Құжаттарда басылатындай: қолхат, нәтиже және тізілімдеме қызметкерді тегі, аты және әкесінің аты (бар болса) бойынша атайды.</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>Әке&amp;сінің аты:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>A new password (empty: unchanged)</source>
        <translation>Жаңа құпиясөз (бос болса: өзгермейді)</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Кемінде бір рөлді белгілеңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Екі құпиясөз сәйкес келмейді: бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Құпиясөз: %1.</translation>
    </message>
</context>
<context>
    <name>kense::UserRepository</name>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>құпиясөзде кемінде %1 таңба болады</translation>
    </message>
    <message>
        <source>a login has 2 to 64 Latin letters, digits, dots, dashes or underscores</source>
        <translation>логинде 2-ден 64-ке дейін латын әріптері, цифрлар, нүкте, сызықша немесе астын сызу болады</translation>
    </message>
    <message>
        <source>the user needs at least one role</source>
        <translation>пайдаланушыға кемінде бір рөл керек</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is taken</source>
        <translation>«%1» логині бос емес</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>«%1» пайдаланушысы жоқ</translation>
    </message>
    <message>
        <source>a password is not one character repeated</source>
        <translation>құпиясөз бір таңбаның қайталануы болмауы керек</translation>
    </message>
    <message>
        <source>only an administrator adds accounts</source>
        <translation>тіркелгілерді тек әкімші қосады</translation>
    </message>
    <message>
        <source>only an administrator sets another user&apos;s password</source>
        <translation>басқа пайдаланушының құпиясөзін тек әкімші орнатады</translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation>тіркелгілерді тек әкімші өшіреді немесе қосады</translation>
    </message>
    <message>
        <source>an administrator cannot disable their own account</source>
        <translation>әкімші өз тіркелгісін өшіре алмайды</translation>
    </message>
    <message>
        <source>the user needs a name</source>
        <translation>пайдаланушының аты-жөні керек</translation>
    </message>
    <message>
        <source>only an administrator corrects an account&apos;s name</source>
        <translation>тіркелгінің аты-жөнін тек әкімші түзетеді</translation>
    </message>
    <message>
        <source>%1 is an account of another desk, kept here for the history: it is managed at its own desk</source>
        <translation>%1 — басқа жұмыс орнының тіркелгісі, мұнда тарих үшін сақталған: ол өз жұмыс орнында басқарылады</translation>
    </message>
    <message>
        <source>only an administrator changes an account&apos;s roles</source>
        <translation>тіркелгінің рөлдерін тек әкімші өзгертеді</translation>
    </message>
    <message>
        <source>an administrator cannot take their own administrator&apos;s role</source>
        <translation>әкімші өзінің әкімші рөлін ала алмайды</translation>
    </message>
    <message>
        <source>%1&apos;s name is not complete for these roles (%2): correct the name first</source>
        <translation>%1 пайдаланушысының аты-жөні бұл рөлдер үшін толық емес (%2): алдымен аты-жөнін түзетіңіз</translation>
    </message>
    <message>
        <source>the role «%1» is not given at this desk (%2)</source>
        <translation>«%1» рөлі бұл жұмыс орнында берілмейді (%2)</translation>
    </message>
</context>
<context>
    <name>kense::WaitingListDialog</name>
    <message>
        <source>Preschool queue</source>
        <translation>Мектепке дейінгі ұйымдарға кезек</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Қ&amp;ызмет:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>Туған &amp;жылы:</translation>
    </message>
    <message>
        <source>A place &amp;from:</source>
        <translation>&amp;Орын қай жылдан:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <source>No service this desk takes keeps a waiting list.</source>
        <translation>Бұл жұмыс орнында кезек жүргізетін қызмет жоқ.</translation>
    </message>
    <message>
        <source>Counting the positions…</source>
        <translation>Кезектегі орындар есептелуде…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source> (not proved)</source>
        <translation> (расталмаған)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Өтініш нөмірі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Кезектілік</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>A place from</source>
        <translation>Орын қай жылдан</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) waiting in the lists shown; positions as of %1.</source>
        <translation>
            <numerusform>Көрсетілген тізімдерде %n бала күтуде; орындар %1 жағдайы бойынша.</numerusform>
            <numerusform>Көрсетілген тізімдерде %n бала күтуде; орындар %1 жағдайы бойынша.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%1 файлына %n жол сақталды.</numerusform>
            <numerusform>%1 файлына %n жол сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Double-click a child, or press Enter, to open the request: a place is offered there.</source>
        <translation>Өтінішті ашу үшін баланың жолын екі рет басыңыз немесе Enter пернесін басыңыз: орын сонда ұсынылады.</translation>
    </message>
</context>
<context>
    <name>kense::WaitingLists</name>
    <message>
        <source>%1 is not a service of the catalog</source>
        <translation>%1 — каталогта мұндай қызмет жоқ</translation>
    </message>
    <message>
        <source>%1 keeps no waiting list: it is not a queue service</source>
        <translation>%1 кезек жүргізбейді: бұл кезекке қою қызметі емес</translation>
    </message>
</context>
<context>
    <name>kense::WholeFile</name>
    <message>
        <source>%1: the disk is full; nothing was written</source>
        <translation>%1: диск толы; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: жазу мүмкін емес (%2)</translation>
    </message>
</context>
<context>
    <name>kense::WindowHelp</name>
    <message>
        <source>The journal lists this desk&apos;s requests, the newest first. Find one by its number, the applicant&apos;s IIN or name; narrow the list with the filters; open a request&apos;s card with Enter or a double click. A number read by the barcode scanner opens its card from any window.</source>
        <translation>Журналда осы жұмыс орнының өтініштері, ең жаңасы жоғарыда. Өтінішті нөмірі, өтініш берушінің ЖСН-і немесе аты-жөні бойынша табыңыз; тізімді сүзгілермен тарылтыңыз; өтініштің карточкасын Enter пернесімен немесе екі рет шертіп ашыңыз. Штрихкод сканері оқыған нөмір өз карточкасын кез келген терезеден ашады.</translation>
    </message>
    <message>
        <source>Taking an application, page by page: the service, the applicant (start with the IIN; one this desk knows offers the data of its last request), the subject of the service, the documents of the package and the summary. Nothing is saved before the last button: it registers the request and prints the receipt or, with a required document missing, refuses it and prints the refusal receipt.</source>
        <translation>Өтінішті қабылдау, бет-бетімен: қызмет, өтініш беруші (ЖСН-нан бастаңыз; осы жұмыс орнына бұрын жүгінген ЖСН соңғы өтініштің деректерін ұсынады), қызмет көрсетілетін тұлға, құжаттар топтамасы және қорытынды. Соңғы батырмаға дейін ештеңе сақталмайды: ол өтінішті тіркеп, қолхатты басып шығарады, ал міндетті құжат жоқ болса — қабылдаудан бас тартып, бас тарту туралы қолхатты басып шығарады.</translation>
    </message>
    <message>
        <source>The card of one request: its data, documents, steps and due dates, history and result. The buttons at the bottom are the moves its state allows you; a move asks for a note or reasons where the regulation wants them. Corrected data is saved with «Save the corrections» and recorded in the history.</source>
        <translation>Бір өтініштің карточкасы: деректері, құжаттары, кезеңдері мен мерзімдері, тарихы және нәтижесі. Төменгі батырмалар — өтініштің күйі сізге рұқсат ететін әрекеттер; регламент талап ететін жерде әрекет ескертпе немесе себептерін сұрайды. Түзетілген деректер «Түзетулерді сақтау» батырмасымен сақталып, тарихқа жазылады.</translation>
    </message>
    <message>
        <source>Courier registers carry applications between a ЦОН and the provider. At the ЦОН: open a register to the provider, scan or type each package&apos;s number with its sheets, print the register and hand it to the courier. At the provider: scan the packages of a register that came and receive it; a number the register does not list is said.</source>
        <translation>Тізілімдемелер өтініштерді ХҚКО мен қызмет берушінің арасында тасымалдайды. ХҚКО-да: қызмет берушіге тізілімдеме ашыңыз, әр топтаманың нөмірін парақ санымен сканерлеңіз не теріңіз, тізілімдемені басып шығарып, курьерге беріңіз. Қызмет берушіде: келген тізілімдеменің топтамаларын сканерлеп, оны қабылдаңыз; тізілімдемеде жоқ нөмір туралы хабарланады.</translation>
    </message>
    <message>
        <source>The preschool waiting lists this desk keeps, each in the order of the queue. Open a child&apos;s card with Enter or a double click: a place is offered, answered and the direction issued from there.</source>
        <translation>Осы жұмыс орны жүргізетін мектепке дейінгі ұйымдарға кезек тізімдері, әрқайсысы кезек ретімен. Баланың карточкасын Enter пернесімен немесе екі рет шертіп ашыңыз: орын ұсыну, жауапты жазу және жолдама беру сол жерден жасалады.</translation>
    </message>
    <message>
        <source>Reports over a period: choose the report and the dates, then preview and print it or save it as CSV. A long report shows its progress and can be cancelled.</source>
        <translation>Кезеңге есептер: есепті және күндерді таңдаңыз, сосын оны қарап, басып шығарыңыз немесе CSV ретінде сақтаңыз. Ұзақ есеп барысын көрсетеді, оны тоқтатуға болады.</translation>
    </message>
    <message>
        <source>The desk&apos;s administration: its users (add one, edit the name, roles and password, disable or enable), the office&apos;s working hours, the working calendar&apos;s days and the courier routes. Every change is recorded under the administrator&apos;s name.</source>
        <translation>Жұмыс орнын басқару: пайдаланушылар (қосу, аты-жөнін, рөлдерін және құпиясөзін өзгерту, бұғаттау не қосу), мекеменің жұмыс уақыты, жұмыс күнтізбесінің күндері және курьер бағыттары. Әр өзгеріс әкімшінің атымен жазылады.</translation>
    </message>
    <message>
        <source>The document as it will print: look at it page by page, choose its language and the number of copies, then print it or save it as PDF.</source>
        <translation>Құжат басылып шығатындай күйінде: оны бет-бетімен қараңыз, тілін және даналар санын таңдаңыз, сосын басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>the «%1» menu</source>
        <translation>«%1» мәзірі</translation>
    </message>
    <message>
        <source>to the field «%1»</source>
        <translation>«%1» жолына өту</translation>
    </message>
    <message>
        <source>the tab «%1»</source>
        <translation>«%1» қойындысы</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>the next field, the previous one</source>
        <translation>келесі жол, алдыңғы жол</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close the window</source>
        <translation>терезені жабу</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>осы анықтама</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Анықтама: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>kense::WorkingCalendar</name>
    <message>
        <source>&quot;%1&quot; is not a key of &quot;sources&quot;</source>
        <translation>&quot;%1&quot; — &quot;sources&quot; бөліміндегі кілт емес</translation>
    </message>
    <message>
        <source>%1 is not in the year %2</source>
        <translation>%1 %2 жылға жатпайды</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday</source>
        <translation>%1 сенбі де, жексенбі де емес</translation>
    </message>
    <message>
        <source>Day off moved from %1</source>
        <translation>Демалыс күні %1 күнінен ауыстырылды</translation>
    </message>
    <message>
        <source>Working day moved to %1</source>
        <translation>Жұмыс күні %1 күніне ауыстырылды</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>оқылмайды (%1)</translation>
    </message>
</context>
<context>
    <name>kense::sync::CentralRoles</name>
    <message>
        <source>the central database refused: %1</source>
        <translation>орталық дерекқор қабылдамады: %1</translation>
    </message>
    <message>
        <source>the connection to the centre is not a PostgreSQL connection</source>
        <translation>орталықпен байланыс PostgreSQL байланысы емес</translation>
    </message>
    <message>
        <source>the desk&apos;s password could not be prepared: %1</source>
        <translation>жұмыс орнының құпиясөзін дайындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>the central database has no role prefix: migrate it first (kensectl central migrate)</source>
        <translation>орталық дерекқорда рөлдер префиксі жоқ: алдымен оны жаңартыңыз (kensectl central migrate)</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot;: write the office&apos;s code, a hyphen and the desk&apos;s code (KZOEDU01-1)</source>
        <translation>жұмыс орнының коды «%1»: мекеме кодын, дефисті және жұмыс орнының кодын жазыңыз (KZOEDU01-1)</translation>
    </message>
    <message>
        <source>the desk&apos;s password is refused: %1</source>
        <translation>жұмыс орнының құпиясөзі қабылданбады: %1</translation>
    </message>
    <message>
        <source>desk code &quot;%1&quot; makes a role name PostgreSQL cannot take</source>
        <translation>«%1» жұмыс орны кодынан PostgreSQL қабылдамайтын рөл атауы шығады</translation>
    </message>
    <message>
        <source>desk %1 has its role %2 already</source>
        <translation>%1 жұмыс орнының %2 рөлі бар</translation>
    </message>
    <message>
        <source>desk %1 has no role at this centre</source>
        <translation>%1 жұмыс орнының бұл орталықта рөлі жоқ</translation>
    </message>
    <message>
        <source>desk %1&apos;s role name is not plain: %2</source>
        <translation>%1 жұмыс орнының рөл атауы қарапайым емес: %2</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use small Latin letters, digits and _</source>
        <translation>«%1» логині: кіші латын әріптерін, цифрларды және _ таңбасын қолданыңыз</translation>
    </message>
    <message>
        <source>there is no login %1 at this server: create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>бұл серверде %1 логині жоқ: алдымен оны жасаңыз (CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>%1 is the login of desk %2; an administrator logs in as a person</source>
        <translation>%1 — %2 жұмыс орнының логині; әкімші жеке адам ретінде кіреді</translation>
    </message>
    <message>
        <source>desk %1, which is to relay desk %2, has no role at this centre: add it first</source>
        <translation>%2 жұмыс орнының пакеттерін жеткізуге тиіс %1 жұмыс орнының бұл орталықта рөлі жоқ: алдымен оны қосыңыз</translation>
    </message>
    <message>
        <source>the centre holds another exchange key of desk %1 (fingerprint %2) than this one (%3): check it with the desk, then add it with --replace</source>
        <translation>орталықта %1 жұмыс орнының басқа алмасу кілті сақтаулы (саусақ ізі %2), бұл емес (%3): оны жұмыс орнымен салыстырыңыз, содан кейін --replace арқылы қосыңыз</translation>
    </message>
</context>
<context>
    <name>kense::sync::HistorySeal</name>
    <message>
        <source>the keychain holds no desk key of this desk</source>
        <translation>кілттер қоймасында бұл жұмыс орнының кілті жоқ</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>кілттер қоймасы қолжетімсіз: %1</translation>
    </message>
    <message>
        <source>this desk&apos;s history is already sealed with the desk key %1; a desk key is made once</source>
        <translation>бұл жұмыс орнының журналы %1 кілтімен мөрленген; жұмыс орнының кілті бір рет жасалады</translation>
    </message>
    <message>
        <source>the keychain holds the desk key %1 of %2, but the database names no key: its seals were removed behind the program</source>
        <translation>кілттер қоймасында %2 жұмыс орнының %1 кілті бар, бірақ дерекқорда кілт аталмаған: мөрлер бағдарламаны айналып өшірілген</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, which is not at hand here to check it</source>
        <translation>журнал %1 кілтімен мөрленген, ал оны тексеретін кілт мұнда жоқ</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, but the keychain holds %2 for %3</source>
        <translation>журнал %1 кілтімен мөрленген, бірақ кілттер қоймасында %3 үшін %2 кілті тұр</translation>
    </message>
    <message>
        <source>cannot read the history&apos;s seals</source>
        <translation>журналдың мөрлерін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>event %1 is not the one the desk key sealed: the log was written again behind the program from there or before</source>
        <translation>%1 оқиға жұмыс орнының кілті мөрлеген оқиға емес: журнал осы жерден немесе одан бұрын бағдарламаны айналып қайта жазылған</translation>
    </message>
    <message>
        <source>the seal made with the desk key at event %1 is gone</source>
        <translation>%1 оқиғадағы жұмыс орны кілтінің мөрі жоқ</translation>
    </message>
    <message>
        <source>events %1 to %2 were written after the last seal, without the desk key (behind the program, or seals removed)</source>
        <translation>%1–%2 оқиғалар соңғы мөрден кейін жұмыс орнының кілтінсіз жазылған (бағдарламаны айналып, не мөрлер өшірілген)</translation>
    </message>
    <message>
        <source>%1 requests or outbox changes were changed behind the program (the first: %2); the desk key would seal the change in — run kensectl db verify and call the administrator</source>
        <translation>%1 өтініш не шығыс өзгерісі бағдарламаны айналып өзгертілген (біріншісі: %2); жұмыс орнының кілті бұл өзгерісті мөрлеп қояды — kensectl db verify іске қосып, әкімшіні шақырыңыз</translation>
    </message>
    <message>
        <source>only an administrator replaces the desk key</source>
        <translation>жұмыс орнының кілтін тек әкімші ауыстырады</translation>
    </message>
    <message>
        <source>say why the desk key is replaced (the reason is kept with the event)</source>
        <translation>кілттің не үшін ауыстырылатынын жазыңыз (себебі оқиғамен бірге сақталады)</translation>
    </message>
    <message>
        <source>this desk&apos;s history is sealed with no key; make one with kensectl db key new</source>
        <translation>бұл жұмыс орнының журналы ешбір кілтпен мөрленбеген; кілтті kensectl db key new арқылы жасаңыз</translation>
    </message>
    <message>
        <source>the new key is the desk key %1 itself</source>
        <translation>жаңа кілт — сол %1 кілтінің өзі</translation>
    </message>
    <message>
        <source>the event log is broken at event %1 (%2); the new key would seal the break in — run kensectl db verify and call the administrator</source>
        <translation>оқиғалар журналы %1-оқиғада бұзылған (%2); жаңа кілт бұзылған жерді мөрлеп қояды — kensectl db verify іске қосып, әкімшіні шақырыңыз</translation>
    </message>
    <message>
        <source>the desk key&apos;s seals do not match (%1); the new key would seal that in — run kensectl db verify and call the administrator</source>
        <translation>жұмыс орны кілтінің мөрлері сәйкес келмейді (%1); жаңа кілт мұны мөрлеп қояды — kensectl db verify іске қосып, әкімшіні шақырыңыз</translation>
    </message>
    <message>
        <source>the desk key %1 was replaced with %2 at event %3 (%4, by %5: %6); %7</source>
        <translation>жұмыс орнының %1 кілті %3-оқиғада %2 кілтімен ауыстырылды (%4, %5: %6); %7</translation>
    </message>
    <message>
        <source>its seals matched then</source>
        <translation>сол кезде оның мөрлері сәйкес келді</translation>
    </message>
    <message>
        <source>it was not at hand, so its seals were not checked</source>
        <translation>ол кілт қолда болмағандықтан, мөрлері тексерілмеді</translation>
    </message>
    <message>
        <source>%1 requests are not what their history records (the first: %2); the new key would seal that in — run kensectl db verify and call the administrator</source>
        <translation>тарихында жазылғандай емес өтінімдер: %1 (біріншісі: %2); жаңа кілт мұны бекітіп тастар еді — kensectl db verify іске қосып, әкімшіні шақырыңыз</translation>
    </message>
    <message>
        <source>the history is sealed with the desk key %1, but the keychain holds %2 for %3, which took over at event %4, and this copy ends at event %5: a copy from before the desk key was replaced. The replaced key is not kept, so its seals cannot be checked; to work on with this copy, replace its key (kensectl db key new --replace)</source>
        <translation>журнал %1 кілтімен мөрленген, бірақ кілттер қоймасында %3 үшін %4-оқиғадан бастап қолданылатын %2 кілті тұр, ал бұл көшірме %5-оқиғамен аяқталады: бұл жұмыс орнының кілті ауыстырылғанға дейін жасалған көшірме. Ауыстырылған кілт сақталмайды, сондықтан оның мөрлерін тексеру мүмкін емес; осы көшірмемен жұмысты жалғастыру үшін оның кілтін ауыстырыңыз (kensectl db key new --replace)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kense cannot open its database</source>
        <translation>Kense дерекқорын ашу мүмкін емес</translation>
    </message>
</context>
</TS>
