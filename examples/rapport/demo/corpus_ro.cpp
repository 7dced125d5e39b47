// Romanian phrase tables for the demo conversations (slots: corpus_data.hpp). The agent addresses the
// client as «dumneavoastră»; adjectives agree with the product through {g:...} (neuter nouns take the
// masculine form in the singular, so two alternatives suffice) and with the client through {c:...}.
// Diacritics use the comma-below ș and ț.
#include "corpus_data.hpp"

namespace rapport_demo::detail {
namespace {

std::vector<Scenario> scenarios() {
  return {
      // A parcel that has not arrived.
      Scenario{
          .subjects = {"Comanda nr. {order} nu a ajuns", "Livrare întârziată", "Unde este coletul meu?"},
          .openings = {{"Am comandat {product_loc} pe {date} (comanda nr. {order}), dar încă nu a ajuns.",
                        {"Conform datelor noastre, curierul a trecut pe {date2} și a lăsat un aviz."}},
                       {"Comanda mea nr. {order} trebuia livrată acum {days}. Îmi puteți spune unde este?",
                        {"Termenul de livrare de pe site este estimativ, iar coletul se încadrează încă în el."}},
                       {"Statusul coletului nu s-a mai schimbat din {date}. Mai este pe drum?",
                        {"Statusul s-a actualizat pe {date2}: coletul este deja la curier."}},
                       {"Aștept {product_acc} de {days}, iar pe site scria livrare în trei zile lucrătoare.",
                        {"Coletul a plecat din depozitul nostru pe {date}, exact la termen.",
                         "Cele trei zile lucrătoare se calculează de la expediere, nu de la plasarea comenzii."}}},
          .upset = {{"Aștept {product_acc} de {days} și nimeni nu-mi explică nimic. Sunt foarte "
                     "{c:supărat|supărată}."},
                    {"Vă scriu a treia oară despre comanda nr. {order}. Livrarea era promisă pe {date2} și tot nu am "
                     "primit nimic."},
                    {"Mi-am luat liber de la serviciu ca să aștept curierul și n-a venit nimeni. Unde este comanda "
                     "mea?"}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii.", "Îmi puteți da numărul comenzii, vă rog?",
                   "Care este numărul comenzii? Îl găsiți în e-mailul de confirmare."},
          .details = {"Sigur, este nr. {order}, plasată pe {date}.",
                      "Numărul comenzii este {order}. Adresa de livrare este cea de acasă, nu s-a schimbat nimic.",
                      "{order}. Am plătit {amount} cu tot cu livrarea."},
          .fixes = {"Văd că coletul s-a blocat în centrul de sortare al curierului. Am cerut să fie prioritizat și ar "
                    "trebui să ajungă la dumneavoastră în {days}.",
                    "Curierul a pierdut coletul, așa că v-am trimis {product_loc} {g:nou|nouă} prin curier rapid. "
                    "Linkul de urmărire vă vine azi pe e-mail.",
                    "Coletul este deja la depozitul local. Am programat livrarea pentru mâine, între orele 9 și 13.",
                    "La depozit s-au încurcat etichetele. Coletul a fost reetichetat și va fi livrat pe {date2}."},
          .blames = {"Trebuia să verificați statusul coletului, curierul a lăsat aviz încă din {date2}.",
                     "Ați introdus greșit codul poștal, de aceea curierul nu a găsit adresa.",
                     "Dumneavoastră ați ales intervalul de livrare, deci ar fi trebuit să vă asigurați că e cineva "
                     "acasă."},
          .followups = {{"O să primesc o notificare înainte să vină curierul?",
                         {"Da, în dimineața livrării primiți un SMS cu un interval de o oră.",
                          "Da, cu o seară înainte curierul trimite un mesaj cu ora livrării."}},
                        {"Și dacă nu sunt acasă?",
                         {"Curierul poate lăsa coletul la un vecin sau la cel mai apropiat punct de ridicare — puteți "
                          "alege din linkul de urmărire."}}},
      },
      // An item that arrived damaged.
      Scenario{
          .subjects = {"Produs deteriorat, comanda nr. {order}", "Produsul a sosit stricat", "Problemă cu livrarea"},
          .openings = {{"Azi a sosit {product_acc}: cutia era turtită, iar carcasa este crăpată.",
                        {"În procesul-verbal al curierului scrie că coletul a fost predat în stare perfectă."}},
                       {"Ieri am primit comanda nr. {order}, dar {product_acc} nu pornește și are o adâncitură pe "
                        "carcasă.",
                        {"Înainte de expediere, produsul a trecut controlul de calitate, iar în pozele din depozit "
                         "este intact."}},
                       {"Mi-a sosit {product_acc} cu o piesă ruptă. Pot primi un înlocuitor?",
                        {"Conform fișei de ambalare, toate piesele au fost verificate și erau întregi."}}},
          .upset = {{"Abia așteptam {product_acc}, iar {g:a ajuns spart|a ajuns spartă}. Am dat {amount} pe "
                     "{g:el|ea} și nici măcar nu {g:îl|o} pot folosi."},
                    {"Am deschis cutia și {product_acc} era {g:stricat|stricată}. Este un cadou de ziua de naștere, "
                     "iar petrecerea e mâine."}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii.", "Care este numărul comenzii?"},
          .details = {"Numărul comenzii este {order}. Am făcut poze cu cutia și cu defectele.",
                      "Comanda nr. {order}, livrată pe {date}. Am păstrat tot ambalajul."},
          .fixes = {"Am aprobat înlocuirea: {product_acc} {g:nou|nouă} pleacă spre dumneavoastră mâine, iar curierul "
                    "va lua produsul deteriorat la livrare.",
                    "Am emis rambursarea integrală de {amount}, banii vor reveni pe card în {days}. Nu este nevoie să "
                    "trimiteți produsul înapoi.",
                    "V-am generat o etichetă de retur. Imediat ce curierul o scanează, vă trimitem {product_loc} "
                    "{g:nou|nouă}."},
          .blames = {"Trebuia să verificați coletul în fața curierului, înainte să semnați.",
                     "Ați fost {c:neatent|neatentă} la despachetare și ați stricat produsul, urmele sunt clar de "
                     "cuțit."},
          .followups = {{"Pentru retur am nevoie de cutia originală?",
                         {"Nu, orice cutie rezistentă este bună. Lipiți doar eticheta pe exterior."}},
                        {"Când ajunge produsul de schimb?",
                         {"De obicei în {days}; vă trimitem numărul de urmărire imediat ce coletul pleacă din "
                          "depozit."}}},
      },
      // The wrong item in the box.
      Scenario{
          .subjects = {"Am primit alt produs", "Comanda nr. {order}: produs greșit"},
          .openings = {{"Am comandat {product_loc} {g:negru|neagră}, dar am primit {g:unul alb|una albă}.",
                        {"În e-mailul de confirmare apare aceeași culoare pe care ați primit-o."}},
                       {"A sosit comanda nr. {order}, dar în cutie este cu totul alt produs, nu {product_acc} pentru "
                        "care am plătit.",
                        {"Conform scanerului, în cutia dumneavoastră a fost {g:ambalat|ambalată} {product_acc} și "
                         "nimic altceva."}},
                       {"Mi-ați trimis alt model: în cutie este versiunea veche, iar eu am comandat-o pe cea nouă.",
                        {"Ați comandat exact modelul pe care vi l-am trimis."}}},
          .upset = {{"Aveam nevoie urgent de acest produs pentru serviciu, iar dumneavoastră mi-ați trimis altceva. "
                     "Acum iar trebuie să aștept."},
                    {"Nu-mi vine să cred: am comandat {product_loc} și am primit ceva complet diferit. Tot weekendul "
                     "e stricat."}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii.", "Care este numărul comenzii, vă rog?"},
          .details = {"Comanda nr. {order}. Pe avizul din cutie apare produsul corect, dar în cutie e altceva.",
                      "Nr. {order}, livrată pe {date}. Produsul greșit nu l-am desfăcut."},
          .fixes = {"S-a greșit la pregătirea comenzii în depozit. V-am trimis chiar azi {product_acc} "
                    "{g:corect|corectă} prin curier rapid, iar curierul va lua produsul greșit.",
                    "Am înregistrat returul produsului greșit și v-am rezervat {product_acc} "
                    "{g:potrivit|potrivită}. {g:Îl|O} expediem imediat după confirmarea dumneavoastră.",
                    "Produsul corect este în stoc și l-am expediat deja. Vă rog să păstrați celălalt produs în "
                    "ambalaj pentru curier."},
          .blames = {"Ați ales greșit varianta la plasarea comenzii.",
                     "Trebuia să citiți e-mailul de confirmare înainte de expediere."},
          .followups = {{"Returul se plătește?",
                         {"Nu, returul nu vă costă nimic, eticheta este deja în căsuța dumneavoastră de e-mail."}},
                        {"Pot să păstrez celălalt produs și să plătesc diferența?",
                         {"Da, se poate. Vă trimit un link de plată pentru diferența de {fee}."}}},
      },
      // A refund that has not come back.
      Scenario{
          .subjects = {"Rambursare pentru comanda nr. {order}", "Unde sunt banii pentru retur?",
                       "Retur acceptat, bani încă nu"},
          .openings = {{"Am returnat {product_acc} pe {date}, dar încă nu mi-au intrat banii.",
                        {"Banii au fost trimiși pe {date2}, întârzierea este la banca dumneavoastră."}},
                       {"Curierul a ridicat returul acum {days}. Când îmi revin cei {amount} pe card?"},
                       {"Am primit un e-mail că returul a fost acceptat, dar banii nu au venit încă.",
                        {"Acel e-mail se trimite doar după plată, deci banii sunt deja la banca dumneavoastră."}}},
          .upset = {{"Am trimis {product_acc} înapoi acum câteva săptămâni și încă aștept {amount}. Pentru mine sunt "
                     "bani mulți."},
                    {"De fiecare dată când întreb de rambursare primesc alt răspuns. Vreau doar să-mi recuperez cei "
                     "{amount}."}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii returnate.", "Pentru ce comandă a fost returul?"},
          .details = {"Returul era pentru comanda nr. {order}. Am plătit cu cardul.",
                      "Comanda nr. {order}. Am predat coletul la poștă pe {date} și am chitanța."},
          .fixes = {"Rambursarea a fost aprobată azi. Băncile au nevoie de obicei de {days} ca să apară suma, iar pe "
                    "e-mail primiți confirmarea cu numărul tranzacției.",
                    "Returul a ajuns în depozit pe {date}, dar rambursarea nu s-a declanșat. Am procesat-o manual: "
                    "{amount} revin pe card.",
                    "Am făcut rambursarea manual. Suma de {amount} va apărea în cont în {days}."},
          .blames = {"E vina dumneavoastră: ați uitat formularul de retur, de asta a durat mai mult.",
                     "Ați completat greșit adresa de retur și coletul a ajuns în alt depozit."},
          .followups = {{"Pot folosi banii pentru o comandă nouă în loc de rambursare?",
                         {"Da, suma poate fi transferată în soldul contului dumneavoastră, trebuie doar să răspundeți "
                          "la acest mesaj."}},
                        {"Îmi returnați și costul livrării?", {"Da, costul livrării, {fee}, este inclus în sumă."}}},
      },
      // A payment taken twice.
      Scenario{
          .subjects = {"Plată dublă pentru comanda nr. {order}", "Mi s-au luat banii de două ori",
                       "Două plăți pe card"},
          .openings = {{"Pentru comanda nr. {order} mi s-au luat banii de două ori: pe extras apar două plăți de "
                        "câte {amount}.",
                        {"În sistemul nostru există o singură plată finalizată; a doua poziție este o "
                         "preautorizare."}},
                       {"Pe card am două tranzacții identice de la magazinul dumneavoastră din {date}, deși am "
                        "plasat o singură comandă.",
                        {"Conform datelor noastre, pe {date} s-au plasat două comenzi din contul dumneavoastră, nu "
                         "una.",
                         "Am primit o singură plată de {amount}, atât."}},
                       {"Cred că e o eroare la plată: mi-ați retras {amount} de două ori.",
                        {"Am primit o singură plată de {amount}, atât."}}},
          .upset = {{"Mi-ați luat {amount} de două ori și acum nu pot plăti chiria la timp. Sunt foarte "
                     "{c:îngrijorat|îngrijorată}."},
                    {"M-am uitat în aplicația băncii și sunt două plăți de {amount}. Am nevoie de banii ăștia, nu e o "
                     "sumă mică pentru mine."}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii și ultimele patru cifre ale cardului.",
                   "Pentru ce comandă și cu ce card ați plătit?"},
          .details = {"Numărul comenzii este {order}, cardul se termină în {last4}.",
                      "Comanda nr. {order}. Ambele plăți sunt din {date}, cardul cu terminația {last4}."},
          .fixes = {"Văd a doua plată — este un duplicat tehnic. Am anulat-o, iar banii revin în {days}.",
                    "Una dintre cele două tranzacții este doar o blocare temporară a sumei, care a fost eliberată "
                    "azi. Banii revin în {days}.",
                    "Am rambursat plata dublă de {amount}; confirmarea vine în curând pe e-mail."},
          .blames = {"E greșeala dumneavoastră: ați apăsat de două ori pe butonul de plată.",
                     "Ați reîncărcat pagina de plată, așa că e vina dumneavoastră."},
          .followups = {{"Trebuie să contactez și banca?",
                         {"Nu, anularea se face din partea noastră, banca doar deblochează suma."}},
                        {"Asta îmi afectează comanda?",
                         {"Nu, comanda este plătită și va fi expediată conform planului."}}},
      },
      // A subscription to cancel or an unexpected renewal.
      Scenario{
          .subjects = {"Anularea abonamentului", "Reînnoire neașteptată a abonamentului", "Reînnoire automată"},
          .openings = {{"Mi s-au retras {amount} pentru reînnoire, deși credeam că am anulat planul luna trecută.",
                        {"În contul dumneavoastră nu există nicio cerere de anulare, doar o autentificare din "
                         "{date}."},
                        {"Am anulat reînnoirea și am procesat restituirea celor {amount}. Confirmarea este deja pe "
                         "drum spre căsuța dumneavoastră de e-mail."}},
                       {"În aplicație abonamentul apare tot activ, deși l-am anulat pe {date}.",
                        {"Din jurnale reiese că ați deschis pagina de anulare pe {date}, dar anularea nu a fost "
                         "confirmată."}},
                       {"Aș vrea să anulez abonamentul înainte de următoarea reînnoire, pe {date2}."},
                       {"Cum opresc reînnoirea automată? Nu vreau să mi se mai ia bani."}},
          .upset = {{"Mi-ați luat {amount} pentru un an pe care nu l-am cerut. Am anulat abonamentul, iar banii tot "
                     "s-au dus.",
                     {},
                     {"Am anulat reînnoirea și am procesat restituirea celor {amount}. Confirmarea este deja pe drum "
                      "spre căsuța dumneavoastră de e-mail."}},
                    {"Am încercat de trei ori să anulez abonamentul din aplicație și de fiecare dată apare o eroare. "
                     "Sunt foarte {c:frustrat|frustrată}."}},
          .asks = {"Vă rog să-mi spuneți adresa de e-mail sau numărul de client asociat contului.",
                   "Care este numărul dumneavoastră de client? Apare pe fiecare factură."},
          .details = {"Numărul meu de client este {order}. Planul este cel anual.",
                      "Numărul de client {order}. Plătesc cu cardul în fiecare lună."},
          .fixes = {"Am anulat abonamentul: aveți acces până pe {date2} și nu se mai face nicio plată.",
                    "Planul nu se mai reînnoiește automat. E-mailul de confirmare vine în câteva minute."},
          .blames = {"Nu ați citit notificările de reînnoire, de aceea planul s-a reînnoit automat.",
                     "Nu ați citit termenii când v-ați înregistrat, iar acolo scrie clar de reînnoirea automată."},
          .followups = {{"Pot folosi serviciul până la sfârșitul perioadei plătite?",
                         {"Da, totul rămâne disponibil până pe {date2}."}},
                        {"Datele mele vor fi șterse?",
                         {"Datele se păstrează 30 de zile, în caz că vă răzgândiți, apoi sunt șterse."}}},
      },
      // An account the client cannot get into.
      Scenario{
          .subjects = {"Nu mă pot autentifica", "Cont blocat", "Nu primesc e-mailul de resetare a parolei"},
          .openings = {{"Nu mă pot autentifica în cont: aplicația spune că parola e greșită, deși sunt "
                        "{c:sigur|sigură} că e corectă.",
                        {"Conform datelor noastre, pe {date} a existat o autentificare reușită în contul "
                         "dumneavoastră, deci parola funcționează."}},
                       {"După câteva încercări de autentificare, contul mi-a fost blocat. Îl puteți debloca?"},
                       {"E-mailul de resetare a parolei nu vine deloc. Am încercat de trei ori din {date}.",
                        {"E-mailurile de resetare au fost livrate la adresa dumneavoastră, se vede în jurnale."},
                        {"E-mailurile de resetare erau blocate de furnizorul dumneavoastră de e-mail. V-am trimis un "
                         "cod de resetare prin SMS."}}},
          .upset = {{"De {days} nu pot intra în cont și nu-mi pot descărca facturile, iar am nevoie de ele pentru "
                     "serviciu."},
                    {"Mi-am resetat parola de patru ori și tot nu mă lasă să intru. Nu mai știu ce să fac."}},
          .asks = {"Vă rog să-mi spuneți adresa de e-mail sau numărul de client al contului.",
                   "Cu ce adresă de e-mail vă autentificați?"},
          .details = {"Este adresa de pe care vă scriu. Numărul de telefon din cont se termină în {last4}.",
                      "Numărul meu de client este {order}. De obicei intru din aplicația mobilă."},
          .fixes = {"Contul s-a blocat din motive de securitate după mai multe încercări. L-am deblocat și v-am "
                    "trimis un link nou de resetare, valabil 24 de ore.",
                    "V-am deblocat contul. Intrați prin linkul pe care tocmai vi l-am trimis și sistemul vă va cere o "
                    "parolă nouă."},
          .blames = {"Ați introdus greșit parola de prea multe ori, de aceea sistemul v-a blocat.",
                     "Nu ați citit e-mailul de confirmare primit la înregistrare, de aceea contul nu e activ."},
          .followups = {{"Trebuie să actualizez și aplicația?",
                         {"Da, ultima versiune corectează o eroare de autentificare pe unele telefoane."}},
                        {"Datele mele sunt în siguranță?",
                         {"Da, blocarea este o măsură de securitate, nimeni străin nu a intrat în cont."}}},
      },
      // A product that broke under warranty.
      Scenario{
          .subjects = {"Cerere de garanție, comanda nr. {order}", "Reparație în garanție", "Produs defect"},
          .openings = {{"Mi s-a stricat {product_acc} la {months} după cumpărare. Este încă în garanție, nu?",
                        {"Acest tip de defect ține de uzura normală, pe care garanția nu o acoperă."}},
                       {"Am cumpărat de la dumneavoastră {product_loc} pe {date}, iar acum face un zgomot puternic "
                        "și se oprește.",
                        {"Zgomotul acesta este normal pentru acest model, nu e un defect."}},
                       {"Aș vrea să trimit {product_acc} la reparat în garanție. Ce trebuie să fac?"}},
          .upset = {{"Mi s-a stricat {product_acc} după doar {months}, iar eu {g:îl|o} folosesc zilnic. Am dat "
                     "{amount} pe {g:el|ea} și mă așteptam să țină mai mult."},
                    {"Iar s-a stricat {product_acc}, deși a mai fost {g:reparat|reparată} o dată. Mi se termină "
                     "răbdarea.",
                     {},
                     {"Fiind deja a doua defecțiune, am aprobat înlocuirea în loc de o nouă reparație. Vă expediem "
                      "{product_loc} {g:nou|nouă} săptămâna aceasta."}}},
          .asks = {"Vă rog să-mi spuneți numărul comenzii sau data cumpărării.",
                   "Când ați cumpărat produsul? Numărul comenzii ne-ar ajuta și el."},
          .details = {"Am cumpărat pe {date}, comanda nr. {order}. Am păstrat bonul.",
                      "Numărul comenzii este {order}. Seria este pe eticheta din spate — să vă trimit o poză?"},
          .fixes = {"Defectul este acoperit de garanție. Am comandat un curier care ridică produsul mâine, iar "
                    "reparația durează de obicei {days}.",
                    "Am înregistrat cererea de garanție. Primiți pe e-mail o etichetă plătită, iar după "
                    "diagnosticarea în service vă comunicăm rezultatul."},
          .blames = {"Nu ați respectat instrucțiunile de curățare, deși sunt scrise foarte clar.",
                     "E vina dumneavoastră: garanția nu acoperă defectele cauzate de un încărcător neoriginal."},
          .followups = {{"Pot primi un aparat de schimb cât timp e în reparație?",
                         {"Da, pe durata reparației vă putem pune la dispoziție un aparat de schimb."}},
                        {"Trebuie să trimit și accesoriile?",
                         {"Doar produsul; cablurile și accesoriile păstrați-le acasă."}}},
      },
  };
}

LanguageData make() {
  LanguageData d;
  d.male_given = {"Andrei",   "Alexandru", "Mihai", "Ion",  "Ștefan", "Bogdan",
                  "Cristian", "Florin",    "Radu",  "Vlad", "Sorin",  "Gheorghe"};
  d.female_given = {"Ioana",     "Maria",   "Elena",    "Andreea", "Ana",   "Cristina",
                    "Alexandra", "Mihaela", "Gabriela", "Ramona",  "Diana", "Corina"};
  d.family = {"Popescu", "Ionescu", "Popa",     "Pop",        "Dumitru", "Stan",     "Stoica",  "Gheorghe", "Matei",
              "Ciobanu", "Rusu",    "Munteanu", "Constantin", "Marin",   "Moldovan", "Dobre",   "Barbu",    "Nistor",
              "Florea",  "Lungu",   "Tănase",   "Ștefănescu", "Țurcanu", "Sârbu",    "Mureșan", "Căpraru"};
  d.company_roots = {"Carpați Distribuție", "Dunărea Logistic", "Brădet",        "Vânători Construct", "Pâine Caldă",
                     "Transilvania Soft",   "Mărțișor",         "Argeș Mobila",  "Bucovina Turism",    "Țara Vinului",
                     "Litoral Grup",        "Făgăraș Trans",    "Cetatea Verde", "Someș Agro"};
  d.company_patterns = {"{root} SRL", "{root} SRL", "{root} SA", "{family} & Asociații SRL", "Cabinet {family}"};
  d.products = {
      {"espressor", "espressorul", "espressorului", "un espressor", 2},
      {"aspirator robot", "aspiratorul robot", "aspiratorului robot", "un aspirator robot", 2},
      {"boxă portabilă", "boxa portabilă", "boxei portabile", "o boxă portabilă", 1},
      {"geacă de iarnă", "geaca de iarnă", "gecii de iarnă", "o geacă de iarnă", 1},
      {"scaun de birou", "scaunul de birou", "scaunului de birou", "un scaun de birou", 2},
      {"fierbător electric", "fierbătorul electric", "fierbătorului electric", "un fierbător electric", 2},
      {"monitor", "monitorul", "monitorului", "un monitor", 2},
      {"blender", "blenderul", "blenderului", "un blender", 2},
      {"ceas inteligent", "ceasul inteligent", "ceasului inteligent", "un ceas inteligent", 2},
      {"friteuză cu aer cald", "friteuza cu aer cald", "friteuzei cu aer cald", "o friteuză cu aer cald", 1},
      {"lampă de birou", "lampa de birou", "lămpii de birou", "o lampă de birou", 1},
      {"imprimantă laser", "imprimanta laser", "imprimantei laser", "o imprimantă laser", 1},
      {"router", "routerul", "routerului", "un router", 2},
      {"valiză", "valiza", "valizei", "o valiză", 1},
      {"cuptor cu microunde", "cuptorul cu microunde", "cuptorului cu microunde", "un cuptor cu microunde", 2}};
  d.months = {"ianuarie", "februarie", "martie",     "aprilie",   "mai",       "iunie",
              "iulie",    "august",    "septembrie", "octombrie", "noiembrie", "decembrie"};
  d.day_forms = {"zi", "zile", "de zile"};
  d.month_forms = {"lună", "luni", "de luni"};
  d.scenarios = scenarios();

  d.client_hello = {"Bună ziua.", "Bună ziua!", "Salut.", "Bună seara.", "", "", ""};
  d.agent_hello_warm = {"Bună ziua și mulțumim că ne-ați contactat.", "Bună ziua! Vă mulțumesc pentru mesaj.",
                        "Salut, mulțumim că ne-ați scris.", "Bună ziua, vă mulțumim pentru solicitare."};
  d.agent_hello_cold = {"Bună ziua.", "Da.", "Spuneți.", "Bun."};
  d.confirmations = {{"Vă rog să confirmați adresa de e-mail asociată contului.",
                      {"Da, este adresa de pe care vă scriu.", "Este aceeași adresă de pe care vă scriu acum."}},
                     {"Îmi puteți confirma codul poștal al adresei de livrare?",
                      {"Sigur, codul este același ca în comandă.", "Codul nu s-a schimbat de când am comandat."}},
                     {"Pentru siguranță, vă rog să confirmați numărul de telefon.",
                      {"Da, numărul de telefon se termină în {last4}."}}};
  d.check_warm = {"Mulțumesc, verific imediat.", "Mulțumesc, un moment vă rog.", "Mulțumesc, mă uit acum."};
  d.check_cold = {"Un moment.", "Verific.", "Mă uit.", ""};
  d.followups = {{"Cum o să știu că s-a rezolvat?",
                  {"Imediat ce totul este procesat, primiți un e-mail de confirmare.",
                   "Statusul se schimbă în contul dumneavoastră și vă trimitem și un e-mail."}},
                 {"Mai trebuie să fac ceva?", {"Nu, din partea noastră totul este rezolvat."}},
                 {"Pot primi un număr de referință?", {"Desigur, numărul solicitării este {case}."}},
                 {"Dacă nu se rezolvă până atunci, vă scriu din nou?",
                  {"Da, răspundeți pur și simplu la acest mesaj și ajunge direct la mine."}}};
  d.client_thanks = {"Perfect, mulțumesc pentru ajutor.", "Vă mulțumesc frumos!",
                     "Asta era tot ce-mi trebuia. Mulțumesc!", "Mulțumesc, m-ați ajutat mult.",
                     "Super, mulțumesc. O zi bună!"};
  d.client_ok = {"Am înțeles, aștept.", "Bine, o să urmăresc e-mailul.", "Bine, am notat.", "Vedem ce se întâmplă."};
  d.agent_welcome = {"Cu plăcere!", "Mă bucur că am putut ajuta.", "Oricând.", "Cu drag."};
  d.agent_close_warm = {"Mulțumim pentru răbdare și o zi frumoasă.", "Vă mulțumim că ne-ați contactat, o seară bună!",
                        "Vă mulțumesc și nu ezitați să ne scrieți dacă mai apare ceva.",
                        "Mulțumim pentru mesaj! Toate cele bune."};
  d.agent_close_cold = {"Altceva?", "Asta e tot?", "La revedere.", "Atât."};

  d.upset_more = {"Am pierdut deja o după-amiază întreagă cu asta.",
                  "Sincer, mă așteptam la mai mult de la un magazin de la care cumpăr de ani de zile.",
                  "Sunt deja foarte {c:obosit|obosită} de toată povestea asta.",
                  "Nu sunt {c:supărat|supărată} pe dumneavoastră, doar m-am săturat să aștept."};
  d.empathy = {"Îmi pare foarte rău să aud asta. Îmi imaginez cât de frustrant este.",
               "Înțeleg cât de neplăcut este și îmi cer scuze pentru neplăceri.",
               "Vă înțeleg îngrijorarea și ne pare rău că s-a ajuns aici.",
               "Aveți tot dreptul să fiți {c:nemulțumit|nemulțumită}, ne cerem scuze."};
  d.concessions = {"Ca gest de bunăvoință, v-am adăugat în cont un bonus de {fee}.",
                   "Vă trimit și un voucher de {fee} pentru următoarea comandă.",
                   "Pentru neplăcere vă pot oferi o reducere de {percent}% la următoarea comandă.",
                   "Anulăm și taxa de serviciu de {fee}."};
  d.worried_followups = {
      {"Pot fi {c:sigur|sigură} că nu se va mai întâmpla?",
       {"Am adăugat o notă în contul dumneavoastră: orice problemă viitoare ajunge direct la un coleg senior, iar "
        "mâine verific chiar eu cum stau lucrurile."}},
      {"Și dacă iar nu merge ceva?",
       {"Atunci scrieți-mi direct și rezolv în aceeași zi — nu va trebui să explicați totul de la capăt."}}};
  d.calm_thanks = {"Mulțumesc, chiar mă ajută.", "Bine, mulțumesc că m-ați ascultat.",
                   "Așa e mult mai bine, mulțumesc.", "Mulțumesc, sunt mai {c:liniștit|liniștită} acum."};

  d.argue = {"Nu este adevărat.",  "Vă înșelați.",           "Nu sunt de acord.",
             "Nu aveți dreptate.", "Lucrurile nu stau așa.", "Greșiți complet."};
  d.pushbacks = {{"Dar pe site-ul dumneavoastră scrie altceva.",
                  {"Ca să fiu {a:exact|exactă}, pe site scrie termen estimativ, nu garantat.",
                   "Tehnic vorbind, pe site este descris cazul obișnuit, nu al dumneavoastră."}},
                 {"Durează deja de câteva săptămâni!", {"Tehnic vorbind, au trecut {days}, nu săptămâni."}},
                 {"Serios? Săptămâna trecută la telefon mi s-a spus cu totul altceva.",
                  {"Permiteți-mi să vă corectez: apelul a fost acum {days}, nu săptămâna trecută."}},
                 {"Ciudat, nimeni nu mi-a spus nimic despre asta.",
                  {"Termenul corect este „notificare”, iar notificarea v-a fost trimisă pe e-mail."}},
                 {"Sunt {c:sigur|sigură} că nu e așa. Am verificat de două ori pagina comenzii.",
                  {"Corect se spune „istoricul comenzilor”, nu „pagina comenzii”."}}};
  d.give_up = {"Bine, las-o baltă.", "Bine, nu mai contează.", "Uitați de asta.", "Fie cum spuneți.", "Renunț."};
  d.last_word = {"Ca să fie clar: decizia este definitivă.", "Și totuși, noi am procedat corect.",
                 "Ultimul cuvânt îl am eu: regulile sunt reguli.", "Orice ați spune, așa rămâne."};

  d.blame = {"Trebuia să citiți condițiile.", "E vina dumneavoastră, din păcate.",
             "Ar fi trebuit să fiți mai {c:atent|atentă}."};
  d.expose = {"Cum v-am mai spus, totul apare în contul de client.",
              "E elementar, totul scrie în e-mailul de confirmare.",
              "Toată lumea știe că totul se vede în contul de client.", "Se vede că nu înțelegeți cum funcționează."};
  d.put_in_place = {"Calmați-vă, vă rog.", "Nu ridicați tonul la mine.", "Schimbați tonul, vă rog.",
                    "Nu am timp de mofturi."};
  d.sigh = {"[oftează]", "[oftează adânc]", "*dă ochii peste cap*"};

  d.insults = {"Sunteți niște incompetenți.",     "Ce idioți lucrează aici?",         "Sunteți cei mai proști.",
               "Ce bătaie de joc, nesimțiților!", "Niște nepricepuți, asta sunteți.", "Bandă de tembeli!"};
  d.abuse_replies = {"Vreau să vă ajut și să lămuresc situația.",
                     "Înțeleg că sunteți {c:nervos|nervoasă} și rezolv imediat.",
                     "Sunt aici ca să vă ajut, haideți să rezolvăm."};
  d.threats = {"Dacă nu se rezolvă azi, fac reclamație la ANPC.",
               "Vă las o recenzie de o stea peste tot.",
               "Vă dau în judecată.",
               "Avocatul meu vă va contacta.",
               "O să vorbesc cu managerul dumneavoastră.",
               "Postez totul pe Facebook, să vadă toată lumea."};
  d.threat_replies = {"Îmi pare rău că s-a ajuns aici. Să văd ce pot face chiar acum.",
                      "Este dreptul dumneavoastră, desigur. Între timp, încerc să rezolv problema.",
                      "Vă înțeleg și vreau să rezolvăm asta chiar azi."};
  d.entitlement = {"Sunt client VIP, așa că vreau tratament special.",
                   "Știți cine sunt eu? Mi se cuvine o reducere.",
                   "Clientul are întotdeauna dreptate.",
                   "Eu vă plătesc salariul, așa că faceți ce vă spun.",
                   "După toate astea, îmi datorați un produs nou.",
                   "Vreau să-mi dați totul gratis."};
  d.entitlement_replies = {"Fac tot ce se poate pentru dumneavoastră în limita regulilor noastre.",
                           "Haideți să găsim o soluție corectă.", "Să văd ce vă pot oferi."};
  d.curt_close = {"Vom vedea.", "Bine. Dar de data asta să fie chiar rezolvat.", "Bine, aștept.",
                  "Să vedem dacă de data asta merge."};
  return d;
}

}  // namespace

const LanguageData& romanian() {
  static const LanguageData data = make();
  return data;
}

}  // namespace rapport_demo::detail
