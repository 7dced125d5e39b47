// Polish phrase tables for the demo conversations (slots: corpus_data.hpp). The agent addresses the
// client as Pan/Pani ({c:...}), the client addresses the shop as Państwo and the agent as Pan/Pani
// ({a:...}); past-tense verbs agree with the speaker.
#include "corpus_data.hpp"

namespace rapport_demo::detail {
namespace {

std::vector<Scenario> scenarios() {
  return {
      // A parcel that has not arrived.
      Scenario{
          .subjects = {"Zamówienie nr {order} nie dotarło", "Opóźniona dostawa", "Gdzie jest moja paczka?"},
          .openings = {{"{date} {c:zamówiłem|zamówiłam} {product_acc} (zamówienie nr {order}), ale paczka wciąż nie "
                        "dotarła.",
                        {"Według naszych danych kurier był u {c:Pana|Pani} {date2} i zostawił awizo."}},
                       {"Moje zamówienie nr {order} miało być dostarczone {days} temu. Mogą Państwo sprawdzić, gdzie "
                        "jest?",
                        {"Termin dostawy na stronie jest orientacyjny i paczka wciąż się w nim mieści."}},
                       {"Status przesyłki nie zmienia się od {date}. Czy paczka jest jeszcze w drodze?",
                        {"Status zmienił się {date2}: paczka jest już u kuriera."}},
                       {"Czekam na {product_acc} już {days}, a na stronie obiecywali dostawę w trzy dni robocze.",
                        {"Paczka wyjechała z naszego magazynu {date}, dokładnie w terminie.",
                         "Trzy dni robocze liczą się od wysyłki, a nie od złożenia zamówienia."}}},
          .upset = {{"Czekam na {product_acc} już {days} i nikt mi nic nie wyjaśnia. Jestem naprawdę "
                     "{c:zdenerwowany|zdenerwowana}."},
                    {"Piszę już trzeci raz w sprawie zamówienia nr {order}. Dostawa miała być {date2}, a ja nadal nic "
                     "nie mam."},
                    {"{c:Wziąłem|Wzięłam} wolne, żeby poczekać na kuriera, a nikt nie przyjechał. Gdzie jest moje "
                     "zamówienie?"}},
          .asks = {"Proszę podać numer zamówienia.", "Czy może {c:Pan|Pani} podać numer zamówienia?",
                   "Jaki jest numer zamówienia? Znajdzie go {c:Pan|Pani} w mailu z potwierdzeniem."},
          .details = {"Tak, oczywiście: nr {order}, zamówienie z {date}.",
                      "Numer zamówienia to {order}. Adres dostawy to mój adres domowy, nic się nie zmieniło.",
                      "{order}. {c:Zapłaciłem|Zapłaciłam} {amount} razem z dostawą."},
          .fixes = {"Widzę, że paczka utknęła w sortowni firmy kurierskiej. {a:Poprosiłem|Poprosiłam} o "
                    "przyspieszenie wysyłki, powinna dotrzeć do {c:Pana|Pani} w ciągu {days}.",
                    "Firma kurierska zgubiła paczkę, więc {a:wysłałem|wysłałam} {c:Panu|Pani} {g:nowy|nową|nowe} "
                    "{product_acc} dostawą ekspresową. Link do śledzenia przyjdzie dziś mailem.",
                    "Paczka jest już w lokalnym oddziale. {a:Umówiłem|Umówiłam} dostawę na jutro, między 9 a 13.",
                    "W magazynie pomylono etykiety. Paczka ma już nową etykietę i zostanie doręczona {date2}."},
          .blames = {"Trzeba było sprawdzić status przesyłki, kurier zostawił awizo już {date2}.",
                     "Źle {c:Pan podał|Pani podała} kod pocztowy, dlatego kurier nie znalazł adresu.",
                     "{c:Sam Pan wybrał|Sama Pani wybrała} okno dostawy, więc ktoś powinien był być w domu."},
          .followups = {{"Dostanę powiadomienie przed przyjazdem kuriera?",
                         {"Tak, rano w dniu dostawy przyjdzie SMS z godzinnym przedziałem czasowym.",
                          "Tak, dzień wcześniej wieczorem kurier wyśle wiadomość z godziną dostawy."}},
                        {"A jeśli nie będzie mnie w domu?",
                         {"Kurier może zostawić paczkę u sąsiada albo w najbliższym punkcie odbioru — można to wybrać "
                          "w linku do śledzenia."}}},
      },
      // An item that arrived damaged.
      Scenario{
          .subjects = {"Uszkodzony towar, zamówienie nr {order}", "Towar dotarł uszkodzony", "Problem z dostawą"},
          .openings = {{"Dziś {g:przyszedł|przyszła|przyszło} {product}: karton był zgnieciony, a obudowa jest "
                        "pęknięta.",
                        {"W protokole kuriera zapisano, że paczka została wydana w idealnym stanie."}},
                       {"Wczoraj {c:odebrałem|odebrałam} zamówienie nr {order}, ale {product} się nie włącza i ma "
                        "wgniecenie na obudowie.",
                        {"Przed wysyłką towar przeszedł kontrolę jakości, a na zdjęciach z magazynu jest cały."}},
                       {"{g:Zamówiony|Zamówiona|Zamówione} przeze mnie {product} {g:przyszedł|przyszła|przyszło} z "
                        "uszkodzoną częścią. Czy mogę dostać wymianę?",
                        {"Według protokołu pakowania wszystkie części były sprawdzone i całe."}}},
          .upset = {{"Tak {c:czekałem|czekałam} na {product_acc}, a {g:przyszedł rozbity|przyszła "
                     "rozbita|przyszło rozbite}. {c:Zapłaciłem|Zapłaciłam} {amount} i nie mogę nawet z tego "
                     "korzystać."},
                    {"{c:Otworzyłem|Otworzyłam} karton, a {product} {g:jest zepsuty|jest zepsuta|jest zepsute}. To "
                     "prezent urodzinowy, a przyjęcie jest już jutro."}},
          .asks = {"Proszę podać numer zamówienia.", "Jaki jest numer zamówienia?"},
          .details = {"Numer zamówienia to {order}. {c:Zrobiłem|Zrobiłam} zdjęcia kartonu i uszkodzeń.",
                      "Zamówienie nr {order}, dostarczone {date}. Mam całe opakowanie."},
          .fixes = {"{a:Zleciłem|Zleciłam} wymianę: {g:nowy|nowa|nowe} {product} wyjedzie do {c:Pana|Pani} jutro, a "
                    "kurier przy doręczeniu zabierze uszkodzony egzemplarz.",
                    "{a:Zleciłem|Zleciłam} pełny zwrot {amount}, pieniądze wrócą na kartę w ciągu {days}. "
                    "Uszkodzonego towaru nie trzeba odsyłać.",
                    "{a:Przygotowałem|Przygotowałam} dla {c:Pana|Pani} etykietę zwrotną. Gdy tylko kurier ją "
                    "zeskanuje, wyślemy {g:nowy|nową|nowe} {product_acc}."},
          .blames = {"Trzeba było sprawdzić karton przy kurierze, zanim {c:Pan podpisał|Pani podpisała} odbiór.",
                     "To {c:Pan uszkodził|Pani uszkodziła} towar przy rozpakowywaniu, ślady są wyraźnie od noża."},
          .followups = {{"Do zwrotu potrzebny jest oryginalny karton?",
                         {"Nie, każdy solidny karton się nada. Proszę tylko nakleić etykietę na zewnątrz."}},
                        {"Kiedy dotrze wymiana?",
                         {"Zwykle w ciągu {days}; numer przesyłki wyślemy, gdy tylko paczka opuści magazyn."}}},
      },
      // The wrong item in the box.
      Scenario{
          .subjects = {"Przysłano niewłaściwy towar", "Zamówienie nr {order}: pomyłka w paczce"},
          .openings = {{"{c:Zamówiłem|Zamówiłam} {product_acc} w kolorze czarnym, a {g:przyszedł biały|przyszła "
                        "biała|przyszło białe}.",
                        {"W mailu z potwierdzeniem jest ten sam kolor, który {c:Pan otrzymał|Pani otrzymała}."}},
                       {"Dotarło zamówienie nr {order}, ale w kartonie jest zupełnie inny produkt, a nie {product}, "
                        "za {g:który|którą|które} {c:zapłaciłem|zapłaciłam}.",
                        {"Według skanera do {c:Pana|Pani} kartonu zapakowano {product_acc} i nic więcej."}},
                       {"Przysłali mi Państwo zły model: w kartonie jest starsza wersja, a {c:zamawiałem|zamawiałam} "
                        "nową.",
                        {"W zamówieniu był dokładnie ten model, który wysłaliśmy."}}},
          .upset = {{"Ten towar był mi pilnie potrzebny do pracy, a przysłali Państwo coś innego. Teraz znowu muszę "
                     "czekać."},
                    {"Nie mogę uwierzyć: {c:zamówiłem|zamówiłam} {product_acc}, a {c:dostałem|dostałam} coś "
                     "zupełnie innego. Cały weekend na nic."}},
          .asks = {"Proszę podać numer zamówienia.", "Jaki jest numer zamówienia?"},
          .details = {"Zamówienie nr {order}. Na dokumencie w środku jest właściwy towar, a w kartonie coś innego.",
                      "Nr {order}, dostarczone {date}. Niewłaściwego towaru nie {c:rozpakowywałem|rozpakowywałam}."},
          .fixes = {"Magazyn pomylił się przy kompletowaniu. Jeszcze dziś {a:wysłałem|wysłałam} "
                    "{g:właściwy|właściwą|właściwe} {product_acc} dostawą ekspresową, a kurier zabierze niewłaściwy "
                    "towar.",
                    "{a:Zarejestrowałem|Zarejestrowałam} zwrot niewłaściwego towaru i "
                    "{a:zarezerwowałem|zarezerwowałam} dla {c:Pana|Pani} {g:właściwy|właściwą|właściwe} "
                    "{product_acc}. Wyślemy zaraz po {c:Pana|Pani} potwierdzeniu.",
                    "{g:Właściwy|Właściwa|Właściwe} {product} jest na stanie i już {g:został wysłany|została "
                    "wysłana|zostało wysłane}. Drugi towar proszę zostawić w opakowaniu dla kuriera."},
          .blames = {"{c:Sam Pan wybrał|Sama Pani wybrała} ten wariant przy składaniu zamówienia.",
                     "Trzeba było przeczytać mail z potwierdzeniem przed wysyłką."},
          .followups = {{"Czy zwrot jest płatny?",
                         {"Nie, zwrot nic nie kosztuje, etykieta jest już w {c:Pana|Pani} skrzynce."}},
                        {"A mogę zatrzymać drugi towar i dopłacić różnicę?",
                         {"Tak, to możliwe. Wyślę link do dopłaty różnicy — {fee}."}}},
      },
      // A refund that has not come back.
      Scenario{
          .subjects = {"Zwrot pieniędzy za zamówienie nr {order}", "Gdzie jest mój zwrot?",
                       "Zwrot przyjęty, a pieniędzy brak"},
          .openings = {{"{c:Zwróciłem|Zwróciłam} {product_acc} {date}, ale pieniądze wciąż nie wpłynęły.",
                        {"Pieniądze wysłaliśmy {date2}, opóźnienie leży po stronie banku."}},
                       {"Kurier odebrał mój zwrot {days} temu. Kiedy {amount} wróci na moją kartę?"},
                       {"{c:Dostałem|Dostałam} maila, że zwrot został przyjęty, ale pieniędzy jeszcze nie ma.",
                        {"Taki mail wysyłamy dopiero po wypłacie, więc pieniądze są już w {c:Pana|Pani} banku."}}},
          .upset = {{"{c:Odesłałem|Odesłałam} {product_acc} kilka tygodni temu i nadal czekam na {amount}. To dla "
                     "mnie duże pieniądze."},
                    {"Za każdym razem, gdy pytam o zwrot, dostaję inną odpowiedź. Chcę po prostu odzyskać moje "
                     "{amount}."}},
          .asks = {"Proszę podać numer zwróconego zamówienia.", "Którego zamówienia dotyczył zwrot?"},
          .details = {"Zwrot dotyczył zamówienia nr {order}. {c:Płaciłem|Płaciłam} kartą.",
                      "Zamówienie nr {order}. {c:Nadałem|Nadałam} paczkę na poczcie {date} i mam potwierdzenie."},
          .fixes = {"Zwrot został dziś zatwierdzony. Bank zwykle potrzebuje {days}, żeby pieniądze się pojawiły, a "
                    "na maila przyjdzie potwierdzenie z numerem operacji.",
                    "{c:Pana|Pani} zwrot dotarł do magazynu {date}, ale wypłata się nie uruchomiła. "
                    "{a:Zleciłem|Zleciłam} ją ręcznie: {amount} wróci na kartę.",
                    "{a:Uruchomiłem|Uruchomiłam} zwrot ręcznie. Kwota {amount} pojawi się na koncie w ciągu {days}."},
          .blames = {"To {c:Pan zapomniał|Pani zapomniała} dołączyć formularz zwrotu, dlatego wszystko się "
                     "przeciągnęło.",
                     "Błędnie {c:Pan podał|Pani podała} adres zwrotu i paczka trafiła do innego magazynu."},
          .followups = {{"Czy zamiast zwrotu mogę wykorzystać pieniądze na nowe zamówienie?",
                         {"Tak, kwotę można przenieść na saldo konta, wystarczy odpowiedzieć na tę wiadomość."}},
                        {"Czy koszt dostawy też zostanie zwrócony?",
                         {"Tak, koszt dostawy, {fee}, jest wliczony w kwotę zwrotu."}}},
      },
      // A payment taken twice.
      Scenario{
          .subjects = {"Podwójne obciążenie za zamówienie nr {order}", "Pobrano płatność dwa razy",
                       "Dwie płatności na karcie"},
          .openings = {{"Za zamówienie nr {order} pobrano pieniądze dwa razy: na wyciągu są dwie płatności po "
                        "{amount}.",
                        {"W naszym systemie jest tylko jedna zaksięgowana płatność, druga pozycja to wstępna "
                         "autoryzacja."}},
                       {"Na karcie mam dwa identyczne obciążenia od Państwa sklepu z {date}, a zamówienie było jedno.",
                        {"Według naszych danych {date} z {c:Pana|Pani} konta złożono dwa zamówienia, a nie jedno.",
                         "Otrzymaliśmy jedną płatność w kwocie {amount} i tyle."}},
                       {"Chyba jest błąd w płatności: pobrali Państwo {amount} dwa razy.",
                        {"Otrzymaliśmy jedną płatność w kwocie {amount} i tyle."}}},
          .upset = {{"Pobrali Państwo {amount} z mojego konta dwa razy i teraz nie mam z czego zapłacić czynszu na "
                     "czas. Bardzo się martwię."},
                    {"{c:Sprawdziłem|Sprawdziłam} aplikację banku i są tam dwa obciążenia po {amount}. Potrzebuję "
                     "tych pieniędzy, to dla mnie nie jest drobna kwota."}},
          .asks = {"Proszę podać numer zamówienia i ostatnie cztery cyfry karty.",
                   "Którego zamówienia to dotyczy i jaką kartą {c:Pan płacił|Pani płaciła}?"},
          .details = {"Numer zamówienia {order}, karta kończy się na {last4}.",
                      "Zamówienie nr {order}. Obie płatności są z {date}, karta z końcówką {last4}."},
          .fixes = {"Widzę drugą płatność — to techniczny duplikat. {a:Anulowałem|Anulowałam} ją, pieniądze wrócą "
                    "w ciągu {days}.",
                    "Jedno z dwóch obciążeń to tylko tymczasowa blokada środków, dziś została zdjęta. Pieniądze "
                    "wrócą w ciągu {days}.",
                    "{a:Zwróciłem|Zwróciłam} zdublowaną płatność w kwocie {amount}, potwierdzenie wkrótce przyjdzie "
                    "mailem."},
          .blames = {"{c:Sam Pan kliknął|Sama Pani kliknęła} przycisk płatności dwa razy.",
                     "To {c:Pan kliknął|Pani kliknęła} „Zapłać” drugi raz, kiedy strona się odświeżała."},
          .followups = {{"Czy muszę się jeszcze kontaktować z bankiem?",
                         {"Nie, anulowanie idzie z naszej strony, bank po prostu odblokuje środki."}},
                        {"Czy to wpłynie na moje zamówienie?",
                         {"Nie, zamówienie jest opłacone i zostanie wysłane zgodnie z planem."}}},
      },
      // A subscription to cancel or an unexpected renewal.
      Scenario{
          .subjects = {"Rezygnacja z subskrypcji", "Nieoczekiwane odnowienie subskrypcji", "Automatyczne odnowienie"},
          .openings = {{"Pobrano ode mnie {amount} za odnowienie, chociaż {c:myślałem|myślałam}, że "
                        "{c:zrezygnowałem|zrezygnowałam} z planu w zeszłym miesiącu.",
                        {"Na {c:Pana|Pani} koncie nie ma prośby o rezygnację, jest tylko logowanie z {date}."},
                        {"{a:Anulowałem|Anulowałam} odnowienie i {a:zwróciłem|zwróciłam} {amount}. Potwierdzenie jest "
                         "już w drodze na {c:Pana|Pani} skrzynkę."}},
                       {"W aplikacji subskrypcja wciąż jest aktywna, chociaż {c:anulowałem|anulowałam} ją {date}.",
                        {"Według logów {c:otworzył Pan|otworzyła Pani} stronę rezygnacji {date}, ale rezygnacja nie "
                         "została potwierdzona."}},
                       {"Chcę zrezygnować z subskrypcji przed kolejnym odnowieniem {date2}."},
                       {"Jak wyłączyć automatyczne odnowienie? Nie chcę, żeby znowu pobrano pieniądze."}},
          .upset = {{"Pobrali Państwo {amount} za rok, którego nie {c:chciałem|chciałam}. "
                     "{c:Zrezygnowałem|Zrezygnowałam}, a pieniądze i tak zniknęły.",
                     {},
                     {"{a:Anulowałem|Anulowałam} odnowienie i {a:zwróciłem|zwróciłam} {amount}. Potwierdzenie jest "
                      "już w drodze na {c:Pana|Pani} skrzynkę."}},
                    {"Trzy razy {c:próbowałem|próbowałam} anulować subskrypcję w aplikacji i za każdym razem jest "
                     "błąd. Jestem naprawdę {c:sfrustrowany|sfrustrowana}."}},
          .asks = {"Proszę podać adres e-mail lub numer klienta przypisany do konta.",
                   "Jaki jest {c:Pana|Pani} numer klienta? Jest na każdej fakturze."},
          .details = {"Mój numer klienta to {order}. Plan jest roczny.",
                      "Numer klienta {order}. Płacę kartą co miesiąc."},
          .fixes = {"{a:Anulowałem|Anulowałam} subskrypcję: dostęp zostanie do {date2}, kolejnych obciążeń już nie "
                    "będzie.",
                    "Plan nie odnowi się już automatycznie. Mail z potwierdzeniem przyjdzie w ciągu kilku minut."},
          .blames = {"{c:Pan nie przeczytał|Pani nie przeczytała} naszych przypomnień, dlatego plan odnowił się "
                     "automatycznie.",
                     "{c:Sam Pan zgodził|Sama Pani zgodziła} się na regulamin przy rejestracji, a jest w nim "
                     "automatyczne odnowienie."},
          .followups = {{"Czy mogę korzystać z usługi do końca opłaconego okresu?",
                         {"Tak, wszystko będzie dostępne do {date2}."}},
                        {"Czy moje dane zostaną usunięte?",
                         {"Dane przechowujemy przez 30 dni, na wypadek gdyby {c:Pan zmienił|Pani zmieniła} zdanie, "
                          "potem są usuwane."}}},
      },
      // An account the client cannot get into.
      Scenario{
          .subjects = {"Nie mogę się zalogować", "Konto zablokowane", "Nie przychodzi mail do resetu hasła"},
          .openings = {{"Nie mogę się zalogować: aplikacja pokazuje, że hasło jest błędne, a jestem "
                        "{c:pewien|pewna}, że jest dobre.",
                        {"Według naszych danych {date} było udane logowanie na {c:Pana|Pani} konto, więc hasło "
                         "działa."}},
                       {"Po kilku próbach logowania moje konto zostało zablokowane. Mogą je Państwo odblokować?"},
                       {"Mail do resetu hasła w ogóle nie przychodzi. {c:Próbowałem|Próbowałam} trzy razy od {date}.",
                        {"Maile do resetu zostały dostarczone na {c:Pana|Pani} adres, widać to w logach."},
                        {"Maile do resetu blokował {c:Pana|Pani} dostawca poczty. {a:Wysłałem|Wysłałam} kod do resetu "
                         "SMS-em."}}},
          .upset = {{"Od {days} nie mogę wejść na konto i pobrać faktur, a potrzebuję ich do pracy."},
                    {"{c:Resetowałem|Resetowałam} hasło cztery razy i dalej mnie nie wpuszcza. Już nie wiem, co "
                     "robić."}},
          .asks = {"Proszę podać adres e-mail lub numer klienta przypisany do konta.",
                   "Na jaki adres e-mail {c:Pan się loguje|Pani się loguje}?"},
          .details = {"To ten adres, z którego piszę. Numer telefonu na koncie kończy się na {last4}.",
                      "Mój numer klienta to {order}. Zwykle loguję się przez aplikację mobilną."},
          .fixes = {"Konto zostało zablokowane ze względów bezpieczeństwa po kilku próbach. "
                    "{a:Odblokowałem|Odblokowałam} je i {a:wysłałem|wysłałam} nowy link do resetu, ważny przez 24 "
                    "godziny.",
                    "{a:Odblokowałem|Odblokowałam} konto. Proszę zalogować się przez link, który właśnie "
                    "{a:wysłałem|wysłałam}, a system poprosi o ustawienie nowego hasła."},
          .blames = {"{c:Wpisał Pan|Wpisała Pani} złe hasło zbyt wiele razy, więc system zablokował logowanie.",
                     "To {c:Pan zapomniał|Pani zapomniała} potwierdzić adres e-mail przy rejestracji."},
          .followups = {{"Czy aplikację też trzeba zaktualizować?",
                         {"Tak, w najnowszej wersji poprawiono błąd logowania na niektórych telefonach."}},
                        {"Czy moje dane są bezpieczne?",
                         {"Tak, blokada to zabezpieczenie, nikt obcy nie logował się na konto."}}},
      },
      // A product that broke under warranty.
      Scenario{
          .subjects = {"Reklamacja gwarancyjna, zamówienie nr {order}", "Naprawa gwarancyjna", "Zepsuty sprzęt"},
          .openings = {{"{g:Mój|Moja|Moje} {product} {g:przestał|przestała|przestało} działać {months} po zakupie. "
                        "Gwarancja chyba jeszcze obowiązuje?",
                        {"Taka usterka wynika z normalnego zużycia, a tego gwarancja nie obejmuje."}},
                       {"{g:Kupiony|Kupiona|Kupione} u Państwa {date} {product} głośno buczy i się wyłącza.",
                        {"Taki dźwięk jest normalny dla tego modelu, to nie jest usterka."}},
                       {"Chcę oddać {product_acc} do naprawy gwarancyjnej. Co muszę zrobić?"}},
          .upset = {{"{g:Mój|Moja|Moje} {product} {g:zepsuł|zepsuła|zepsuło} się zaledwie {months} po zakupie, a "
                     "używam {g:go|jej|go} codziennie. {c:Zapłaciłem|Zapłaciłam} {amount} i {c:liczyłem|liczyłam}, "
                     "że posłuży dłużej."},
                    {"{g:Mój|Moja|Moje} {product} znowu się {g:zepsuł|zepsuła|zepsuło}, a {g:był już raz "
                     "naprawiany|była już raz naprawiana|było już raz naprawiane}. Kończy mi się cierpliwość.",
                     {},
                     {"Ponieważ to już druga usterka, {a:zatwierdziłem|zatwierdziłam} wymianę zamiast kolejnej "
                      "naprawy. {g:Nowy|Nową|Nowe} {product_acc} wyślemy w tym tygodniu."}}},
          .asks = {"Proszę podać numer zamówienia albo datę zakupu.",
                   "Kiedy {c:Pan kupił|Pani kupiła} ten sprzęt? Numer zamówienia też się przyda."},
          .details = {"{c:Kupiłem|Kupiłam} {date}, zamówienie nr {order}. Mam paragon.",
                      "Numer zamówienia {order}. Numer seryjny jest na naklejce z tyłu — mam wysłać zdjęcie?"},
          .fixes = {"Usterka jest objęta gwarancją. {a:Zamówiłem|Zamówiłam} kuriera, odbierze sprzęt jutro, a "
                    "naprawa trwa zwykle {days}.",
                    "{a:Zarejestrowałem|Zarejestrowałam} zgłoszenie gwarancyjne. Mailem przyjdzie opłacona "
                    "etykieta, a po diagnozie w serwisie przekażemy wynik."},
          .blames = {"{c:Pan nie przeczytał|Pani nie przeczytała} instrukcji czyszczenia, a wszystko jest tam jasno "
                     "opisane.",
                     "{c:Mógł Pan|Mogła Pani} chociaż sprawdzić w instrukcji, jakiej ładowarki wolno używać."},
          .followups = {{"Czy mogę dostać sprzęt zastępczy na czas naprawy?",
                         {"Tak, na czas naprawy możemy wypożyczyć urządzenie zastępcze."}},
                        {"Czy mam wysłać też akcesoria?",
                         {"Tylko sam sprzęt, kable i akcesoria proszę zostawić u siebie."}}},
      },
  };
}

LanguageData make() {
  LanguageData d;
  d.male_given = {"Piotr",  "Krzysztof", "Andrzej", "Tomasz", "Paweł",   "Michał",
                  "Marcin", "Jakub",     "Łukasz",  "Kamil",  "Mateusz", "Grzegorz"};
  d.female_given = {"Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena",
                    "Ewa",  "Monika",    "Aleksandra", "Natalia",   "Zofia",  "Karolina"};
  d.family = {"Kowalski|Kowalska",
              "Wiśniewski|Wiśniewska",
              "Wójcik",
              "Kowalczyk",
              "Kamiński|Kamińska",
              "Lewandowski|Lewandowska",
              "Zieliński|Zielińska",
              "Szymański|Szymańska",
              "Woźniak",
              "Dąbrowski|Dąbrowska",
              "Kozłowski|Kozłowska",
              "Jankowski|Jankowska",
              "Mazur",
              "Krawczyk",
              "Nowak",
              "Piotrowski|Piotrowska",
              "Grabowski|Grabowska",
              "Pawłowski|Pawłowska",
              "Zając",
              "Król",
              "Wieczorek",
              "Jabłoński|Jabłońska",
              "Wróbel",
              "Michalski|Michalska"};
  d.company_roots = {"Wisła",      "Bursztyn", "Zielony Las",     "Mazowsze Trans", "Kraków Serwis",
                     "Złoty Kłos", "Budex",    "Polmar",          "Śnieżka Dom",    "Drewbud",
                     "Żuraw",      "Łąka",     "Pomorskie Meble", "Tatry Tour"};
  d.company_patterns = {"{root} Sp. z o.o.",    "{root} Sp. z o.o.",     "{root} S.A.",
                        "{family} i Wspólnicy", "Firma Handlowa {root}", "{root} s.c."};
  d.products = {
      {"ekspres do kawy", "ekspres do kawy", "ekspresu do kawy", "ekspresie do kawy", 0},
      {"odkurzacz bezprzewodowy", "odkurzacz bezprzewodowy", "odkurzacza bezprzewodowego", "odkurzaczu bezprzewodowym",
       0},
      {"głośnik bezprzewodowy", "głośnik bezprzewodowy", "głośnika bezprzewodowego", "głośniku bezprzewodowym", 0},
      {"kurtka zimowa", "kurtkę zimową", "kurtki zimowej", "kurtce zimowej", 1},
      {"krzesło biurowe", "krzesło biurowe", "krzesła biurowego", "krześle biurowym", 2},
      {"czajnik elektryczny", "czajnik elektryczny", "czajnika elektrycznego", "czajniku elektrycznym", 0},
      {"monitor", "monitor", "monitora", "monitorze", 0},
      {"blender", "blender", "blendera", "blenderze", 0},
      {"smartwatch", "smartwatch", "smartwatcha", "smartwatchu", 0},
      {"frytkownica beztłuszczowa", "frytkownicę beztłuszczową", "frytkownicy beztłuszczowej",
       "frytkownicy beztłuszczowej", 1},
      {"lampka biurkowa", "lampkę biurkową", "lampki biurkowej", "lampce biurkowej", 1},
      {"drukarka laserowa", "drukarkę laserową", "drukarki laserowej", "drukarce laserowej", 1},
      {"router", "router", "routera", "routerze", 0},
      {"walizka", "walizkę", "walizki", "walizce", 1},
      {"żelazko", "żelazko", "żelazka", "żelazku", 2}};
  d.months = {"stycznia", "lutego",   "marca",    "kwietnia",     "maja",      "czerwca",
              "lipca",    "sierpnia", "września", "października", "listopada", "grudnia"};
  d.day_forms = {"dzień", "dni", "dni"};
  d.month_forms = {"miesiąc", "miesiące", "miesięcy"};
  d.scenarios = scenarios();

  d.client_hello = {"Dzień dobry.", "Dzień dobry!", "Witam.", "Dobry wieczór.", "", "", ""};
  d.agent_hello_warm = {"Dzień dobry, dziękujemy za kontakt.", "Dzień dobry! Dziękuję za wiadomość.",
                        "Witam, dziękuję, że {c:Pan napisał|Pani napisała}.", "Dzień dobry, dziękujemy za zgłoszenie."};
  d.agent_hello_cold = {"Dzień dobry.", "Witam.", "Słucham.", "No tak."};
  d.confirmations = {
      {"Proszę potwierdzić adres e-mail przypisany do konta.",
       {"Tak, to ten adres, z którego piszę.", "To ten sam adres, z którego teraz piszę."}},
      {"Proszę potwierdzić kod pocztowy adresu dostawy.",
       {"Oczywiście, kod jest taki sam jak w zamówieniu.", "Kod się nie zmienił od czasu zamówienia."}},
      {"Dla bezpieczeństwa proszę potwierdzić numer telefonu.", {"Tak, numer telefonu kończy się na {last4}."}}};
  d.check_warm = {"Dziękuję, już sprawdzam.", "Dziękuję, chwileczkę.", "Dziękuję, już patrzę."};
  d.check_cold = {"Chwileczkę.", "Sprawdzam.", "Już patrzę.", ""};
  d.followups = {{"Skąd będę wiedzieć, że wszystko jest załatwione?",
                  {"Gdy tylko wszystko zostanie przetworzone, przyjdzie mail z potwierdzeniem.",
                   "Status zmieni się na koncie klienta, a dodatkowo wyślemy maila."}},
                 {"Czy muszę jeszcze coś zrobić?", {"Nie, po naszej stronie wszystko jest załatwione."}},
                 {"Mogę prosić o numer zgłoszenia?", {"Oczywiście, numer zgłoszenia to {case}."}},
                 {"Jeśli do tego czasu się nie wyjaśni, mam znowu napisać?",
                  {"Tak, wystarczy odpowiedzieć na tę wiadomość, a trafi ona prosto do mnie."}}};
  d.client_thanks = {"Świetnie, dziękuję za pomoc.", "Dziękuję bardzo!", "To wszystko, o co chodziło. Dziękuję!",
                     "Dziękuję, bardzo mi {a:Pan pomógł|Pani pomogła}.", "Super, dziękuję. Miłego dnia!"};
  d.client_ok = {"Rozumiem, poczekam.", "Dobrze, będę sprawdzać pocztę.", "{c:Przyjąłem|Przyjęłam} do wiadomości.",
                 "Zobaczymy, co będzie."};
  d.agent_welcome = {"Proszę bardzo!", "Cieszę się, że {a:mogłem|mogłam} pomóc.", "Nie ma za co.", "Służę pomocą."};
  d.agent_close_warm = {"Dziękuję za cierpliwość i życzę miłego dnia.", "Dziękujemy za kontakt, miłego wieczoru!",
                        "Dziękuję i zapraszam, gdyby pojawiły się jeszcze pytania.",
                        "Dziękujemy za kontakt! Wszystkiego dobrego."};
  d.agent_close_cold = {"Coś jeszcze?", "To wszystko?", "Do widzenia.", "To tyle."};

  d.upset_more = {"{c:Straciłem|Straciłam} na to już całe popołudnie.",
                  "Szczerze mówiąc, {c:spodziewałem|spodziewałam} się więcej po sklepie, w którym kupuję od lat.",
                  "Jestem już naprawdę {c:zmęczony|zmęczona} tym wszystkim.",
                  "Nie złoszczę się na {a:Pana|Panią}, po prostu mam dość czekania."};
  d.empathy = {"Bardzo mi przykro to słyszeć. Wyobrażam sobie, jakie to frustrujące.",
               "Rozumiem, jakie to przykre, i przepraszam za kłopot.",
               "Doskonale {c:Pana|Panią} rozumiem i przepraszam, że tak wyszło.",
               "Nic dziwnego, że jest {c:Pan zdenerwowany|Pani zdenerwowana}, bardzo przepraszam."};
  d.concessions = {"W ramach rekompensaty {a:dodałem|dodałam} na {c:Pana|Pani} konto bonus {fee}.",
                   "Wyślę też {c:Panu|Pani} kod rabatowy na {fee} na kolejne zakupy.",
                   "Za kłopot mogę zaproponować rabat {percent}% na kolejne zamówienie.",
                   "Anulujemy również opłatę serwisową ({fee})."};
  d.worried_followups = {
      {"Czy mogę mieć pewność, że to się nie powtórzy?",
       {"{a:Dodałem|Dodałam} notatkę na {c:Pana|Pani} koncie: każde kolejne zgłoszenie trafi od razu do starszego "
        "konsultanta, a jutro {a:sam|sama} sprawdzę, jak idzie sprawa."}},
      {"A jeśli znowu coś pójdzie nie tak?",
       {"Wtedy proszę napisać bezpośrednio do mnie, a załatwię to tego samego dnia — nie będzie {c:Pan musiał|Pani "
        "musiała} wszystkiego tłumaczyć od nowa."}}};
  d.calm_thanks = {"Dziękuję, to naprawdę pomaga.", "Dobrze, dziękuję, że mnie {a:Pan wysłuchał|Pani wysłuchała}.",
                   "Tak jest dużo lepiej, dziękuję.", "Dziękuję, już jestem {c:spokojniejszy|spokojniejsza}."};

  d.argue = {"To nieprawda.",
             "{c:Myli się Pan|Myli się Pani}.",
             "Nie zgadzam się.",
             "{c:Nie ma Pan|Nie ma Pani} racji.",
             "Jest dokładnie odwrotnie.",
             "Jest {c:Pan|Pani} w błędzie."};
  d.pushbacks = {{"Ale na Państwa stronie jest napisane coś innego.",
                  {"Ściśle mówiąc, na stronie podany jest termin orientacyjny, a nie gwarantowany.",
                   "Gwoli ścisłości, strona opisuje typową sytuację, a nie {c:Pana|Pani} przypadek."}},
                 {"To się ciągnie od kilku tygodni!", {"Precyzyjnie mówiąc, od {days}, a nie od tygodni."}},
                 {"Naprawdę? Przez telefon w zeszłym tygodniu {c:usłyszałem|usłyszałam} coś zupełnie innego.",
                  {"Drobna poprawka: ta rozmowa była {days} temu, a nie w zeszłym tygodniu."}},
                 {"Dziwne, nikt mi o tym nic nie mówił.",
                  {"Gwoli ścisłości, poinformowaliśmy {c:Pana|Panią} mailem, a to jest oficjalny kanał."}},
                 {"Jestem {c:pewien|pewna}, że tak nie jest. Dwa razy {c:sprawdziłem|sprawdziłam} stronę zamówienia.",
                  {"Poprawnie mówi się „historia zamówień”, a nie „strona zamówienia”."}}};
  d.give_up = {"Dobra, nieważne.", "Trudno, niech będzie.", "Szkoda gadać.", "Dobrze, skoro {a:Pan|Pani} tak mówi.",
               "Zostawmy to."};
  d.last_word = {"Żeby było jasne: decyzja jest ostateczna.", "A jednak to my mamy rację.",
                 "Ostatnie słowo należy do mnie: zasady są zasady.",
                 "Musi {c:Pan|Pani} przyznać, że wszystko zrobiliśmy zgodnie z regulaminem."};

  d.blame = {"Trzeba było przeczytać regulamin.", "To wyłącznie {c:Pana|Pani} wina, niestety.",
             "Należało uważnie przeczytać maila z potwierdzeniem."};
  d.expose = {"Jak już {a:mówiłem|mówiłam}, wszystko jest na koncie klienta.",
              "Przecież to oczywiste, wszystko jest w mailu z potwierdzeniem.",
              "Każdy to wie: wszystko widać na koncie klienta.", "Czego tu {c:Pan|Pani} nie rozumie?"};
  d.put_in_place = {"Proszę się uspokoić.", "Proszę nie podnosić głosu.", "Nie życzę sobie takiego tonu.",
                    "Nie mam czasu na takie dyskusje, proszę mówić konkretnie."};
  d.sigh = {"[wzdycha]", "[ciężko wzdycha]", "*przewraca oczami*"};

  d.insults = {"Banda nieudaczników!",    "Jesteście zwykłymi złodziejami.",  "Co za partacze.",
               "Pracują tu sami idioci?", "Wy tam kompletnie zgłupieliście?", "Ale z was pajace."};
  d.abuse_replies = {"Chcę {c:Panu|Pani} pomóc i wyjaśnić tę sytuację.",
                     "Rozumiem {c:Pana|Pani} frustrację i zaraz wszystko naprawię.",
                     "Jestem tu, żeby pomóc, załatwmy to razem."};
  d.threats = {"Jeśli dziś tego nie załatwicie, złożę skargę do UOKiK.",
               "Wystawię negatywną opinię wszędzie, gdzie się da.",
               "Sprawa trafi do sądu.",
               "Mój prawnik się z Państwem skontaktuje.",
               "Poskarżę się Państwa kierownikowi.",
               "Napiszę o tym na Facebooku i ostrzegę wszystkich znajomych."};
  d.threat_replies = {"Przykro mi, że do tego doszło. Zobaczę, co mogę zrobić od razu.",
                      "To oczywiście {c:Pana|Pani} prawo. Ja w tym czasie postaram się rozwiązać problem.",
                      "Rozumiem i chcę to załatwić jeszcze dziś."};
  d.entitlement = {"Jako {c:stały klient|stała klientka} należy mi się specjalne traktowanie.",
                   "Czy {a:Pan wie|Pani wie}, kim ja jestem? Należy mi się rabat.",
                   "Klient ma zawsze rację.",
                   "Płacę {a:Panu|Pani} pensję, więc proszę robić, co mówię.",
                   "Po tym wszystkim jesteście mi winni darmową wymianę.",
                   "Żądam, żeby wszystko było na koszt firmy."};
  d.entitlement_replies = {"Zrobię dla {c:Pana|Pani} wszystko, co możliwe w ramach naszych zasad.",
                           "Znajdźmy uczciwe rozwiązanie.", "Sprawdzę, co mogę zaproponować."};
  d.curt_close = {"Zobaczymy.", "Dobrze. Ale tym razem ma to być naprawdę załatwione.", "Dobrze, czekam.",
                  "No to zobaczymy, czy tym razem się uda."};
  return d;
}

}  // namespace

const LanguageData& polish() {
  static const LanguageData data = make();
  return data;
}

}  // namespace rapport_demo::detail
