<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Paraat was stopped while it was repairing your data. It has now finished the repair.</source>
        <translation>Paraat werd gestopt terwijl het je gegevens aan het herstellen was. Het herstel is nu klaar.</translation>
    </message>
    <message>
        <source>The file with your data was damaged. Paraat has repaired it; nothing was lost.</source>
        <translation>Het bestand met je gegevens was beschadigd. Paraat heeft het bestand hersteld; er is niets verloren.</translation>
    </message>
    <message>
        <source>The file with your data was missing. Paraat has put back the backup of %1 at %2. Changes made after that are not in it.</source>
        <translation>Het bestand met je gegevens ontbrak. Paraat heeft de reservekopie van %1 om %2 teruggezet. Wat daarna is veranderd, staat er niet in.</translation>
    </message>
    <message>
        <source>The file with your data was damaged. Paraat has put back the backup of %1 at %2. Changes made after that are not in it.</source>
        <translation>Het bestand met je gegevens was beschadigd. Paraat heeft de reservekopie van %1 om %2 teruggezet. Wat je daarna hebt veranderd, staat er niet in.</translation>
    </message>
    <message>
        <source>The backup that was put back:
%1</source>
        <translation>De reservekopie die is teruggezet:
%1</translation>
    </message>
    <message>
        <source>The file with your data was missing, and there was no good backup. Paraat starts empty.</source>
        <translation>Het bestand met je gegevens ontbrak, en er was geen goede reservekopie. Paraat begint leeg.</translation>
    </message>
    <message>
        <source>The file with your data was damaged, and there was no good backup. Paraat starts empty.</source>
        <translation>Het bestand met je gegevens was beschadigd. Er was geen goede reservekopie. Daarom begint Paraat leeg.</translation>
    </message>
    <message>
        <source>A damaged file from earlier has not been deleted. It is here:
%1</source>
        <translation>Een beschadigd bestand van eerder is niet weggegooid. Het staat hier:
%1</translation>
    </message>
    <message>
        <source>The damaged file has not been deleted. It is here:
%1</source>
        <translation>Het beschadigde bestand is niet weggegooid. Het staat hier:
%1</translation>
    </message>
    <message>
        <source>Its journal file is kept beside it:
%1</source>
        <translation>Het journaalbestand ervan staat ernaast:
%1</translation>
    </message>
    <message>
        <source>Paraat was interrupted during a change. That unfinished change has been undone. A copy of the file and of its journal file, as they were, is here:
%1
Is something missing? With this copy you can go back.</source>
        <translation>Paraat werd onderbroken tijdens een wijziging. Die onafgemaakte wijziging is teruggedraaid. Een kopie van het bestand en van het journaalbestand zoals ze waren, staat hier:
%1
Mist er iets? Met deze kopie kun je terug.</translation>
    </message>
    <message>
        <source>Next to the file with your data was a journal file that does not belong to it (from another file, or from an older change). Paraat has not used it, so what you saved is still there.</source>
        <translation>Naast het bestand met je gegevens stond een journaalbestand dat er niet bij hoort (van een ander bestand, of van een oudere wijziging). Paraat heeft het niet gebruikt. Wat je hebt opgeslagen, is er dus nog.</translation>
    </message>
    <message>
        <source>A copy of the file and of the journal file, as they were before Paraat opened them, is here:
%1</source>
        <translation>Een kopie van het bestand en van het journaalbestand, zoals ze waren voordat Paraat ze opende, staat hier:
%1</translation>
    </message>
    <message>
        <source>Paraat is already open for the data in this folder:

%1

Switch to the Paraat window that is already open (look in the taskbar). Only one Paraat at a time can use the same data. Nothing has been changed.</source>
        <translation>Paraat is al geopend voor de gegevens in deze map:

%1

Ga naar het Paraat-venster dat al open is (kijk in de taakbalk). Er kan maar één Paraat tegelijk dezelfde gegevens gebruiken. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Paraat cannot open its window because there is no screen; the commands work without one (see paraat --help).</source>
        <translation>Paraat kan zijn venster niet openen, want er is geen scherm; de opdrachten werken ook zonder scherm (zie paraat --help).</translation>
    </message>
    <message>
        <source>Paraat cannot save your data in this folder:</source>
        <translation>Paraat kan je gegevens niet bewaren in deze map:</translation>
    </message>
    <message>
        <source>Paraat cannot use this file:</source>
        <translation>Paraat kan dit bestand niet gebruiken:</translation>
    </message>
    <message>
        <source>Paraat cannot save your data here:</source>
        <translation>Paraat kan je gegevens hier niet bewaren:</translation>
    </message>
    <message>
        <source>You have no permission to write there.</source>
        <translation>Je hebt geen toestemming om daar te schrijven.</translation>
    </message>
    <message>
        <source>This is a file, but Paraat needs a folder here.</source>
        <translation>Dit is een bestand, maar Paraat heeft hier een map nodig.</translation>
    </message>
    <message>
        <source>A part of this path is a file, not a folder.</source>
        <translation>Een deel van dit pad is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Another program is using it.</source>
        <translation>Een ander programma gebruikt het.</translation>
    </message>
    <message>
        <source>Nothing can be written on this disk (it is read-only).</source>
        <translation>Op deze schijf kan niets worden geschreven (alleen lezen).</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>This folder or disk is not there.</source>
        <translation>Deze map of schijf is er niet.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <source>This is not an ordinary file.</source>
        <translation>Dit is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>Ask someone to give you permission, or choose another folder with --data-dir.</source>
        <translation>Vraag iemand om je toestemming te geven, of kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <source>Close that program and start Paraat again.</source>
        <translation>Sluit dat programma en start Paraat opnieuw.</translation>
    </message>
    <message>
        <source>Make room on the disk and start Paraat again.</source>
        <translation>Maak ruimte vrij op de schijf en start Paraat opnieuw.</translation>
    </message>
    <message>
        <source>Move it somewhere else and start Paraat again. Paraat has not changed anything.</source>
        <translation>Zet het ergens anders neer en start Paraat opnieuw. Paraat heeft niets veranderd.</translation>
    </message>
    <message>
        <source>Choose another folder with --data-dir.</source>
        <translation>Kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <source>The file with your data was made by a newer version of Paraat:

%1

Install the newest Paraat to open it. Paraat has not changed it.</source>
        <translation>Het bestand met je gegevens is gemaakt met een nieuwere versie van Paraat:

%1

Installeer de nieuwste versie van Paraat om het te openen. Paraat heeft er niets aan veranderd.</translation>
    </message>
    <message>
        <source>The file with your data is damaged or is not a Paraat file:

%1

Paraat has not changed it.</source>
        <translation>Het bestand met je gegevens is beschadigd of is geen bestand van Paraat:

%1

Paraat heeft er niets aan veranderd.</translation>
    </message>
    <message>
        <source>Our household</source>
        <translation>Ons huishouden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Huisdieren</translation>
    </message>
    <message>
        <source>The house</source>
        <translation>Het huis</translation>
    </message>
    <message>
        <source>Questions for your kit</source>
        <translation>Vragen voor je noodpakket</translation>
    </message>
    <message>
        <source>Who lives in the house?</source>
        <translation>Wie wonen er in huis?</translation>
    </message>
    <message>
        <source>Add everyone who lives here. Write down what each person needs in an emergency: medicines, devices that need power, help with walking, seeing or hearing.</source>
        <translation>Zet iedereen erin die hier woont. Schrijf op wat ieder nodig heeft in een noodsituatie: medicijnen, apparaten die stroom nodig hebben, hulp bij lopen, zien of horen.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Deze persoon weghalen</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>Over deze persoon</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mijn naam</translation>
    </message>
    <message>
        <source>My phone number</source>
        <translation>Mijn telefoonnummer</translation>
    </message>
    <message>
        <source>Whether I need help (and what help)</source>
        <translation>Of ik hulp nodig heb (en welke)</translation>
    </message>
    <message>
        <source>Our names</source>
        <translation>Onze namen</translation>
    </message>
    <message>
        <source>Our phone numbers</source>
        <translation>Onze telefoonnummers</translation>
    </message>
    <message>
        <source>Who of us needs help (and what help)</source>
        <translation>Wie van ons hulp nodig heeft (en welke)</translation>
    </message>
    <message>
        <source>Neighbour card</source>
        <translation>Buurtkaart</translation>
    </message>
    <message>
        <source>Neighbour card for %1</source>
        <translation>Buurtkaart voor %1</translation>
    </message>
    <message>
        <source>In an emergency: %1</source>
        <translation>In nood: %1</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Wie ik ben</translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation>Wie wij zijn</translation>
    </message>
    <message>
        <source>The help I need</source>
        <translation>De hulp die ik nodig heb</translation>
    </message>
    <message>
        <source>You look in on %1</source>
        <translation>Jij kijkt bij %1</translation>
    </message>
    <message>
        <source>You look in on me</source>
        <translation>Jij kijkt bij mij</translation>
    </message>
    <message>
        <source>You look in on us</source>
        <translation>Jij kijkt bij ons</translation>
    </message>
    <message>
        <source>%1 looks in on you</source>
        <translation>%1 kijkt bij jou</translation>
    </message>
    <message>
        <source>I look in on you</source>
        <translation>Ik kijk bij jou</translation>
    </message>
    <message>
        <source>We look in on you</source>
        <translation>Wij kijken bij jou</translation>
    </message>
    <message>
        <source>Someone in the house</source>
        <translation>Iemand in huis</translation>
    </message>
    <message>
        <source>Cut out the card along the dashed line and give it to your neighbour.</source>
        <translation>Knip de kaart uit langs de stippellijn. Geef hem aan je buren.</translation>
    </message>
    <message>
        <source>Name and phone</source>
        <translation>Naam en telefoon</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Noodkaart</translation>
    </message>
    <message>
        <source>And 1 more medicine: see the medicine list.</source>
        <translation>En nog 1 medicijn: zie de medicijnlijst.</translation>
    </message>
    <message>
        <source>And %1 more medicines: see the medicine list.</source>
        <translation>En nog %1 medicijnen: zie de medicijnlijst.</translation>
    </message>
    <message>
        <source>More allergies: see the emergency plan.</source>
        <translation>Meer allergieën: zie het noodplan.</translation>
    </message>
    <message>
        <source>Allergies (continued)</source>
        <translation>Allergieën (vervolg)</translation>
    </message>
    <message>
        <source>Medicines (continued)</source>
        <translation>Medicijnen (vervolg)</translation>
    </message>
    <message>
        <source>%1 FM</source>
        <translation>%1 FM</translation>
    </message>
    <message>
        <source>Contact outside the area</source>
        <translation>Contactpersoon buiten de regio</translation>
    </message>
    <message>
        <source>Meeting place near the house</source>
        <translation>Ontmoetingsplek bij het huis</translation>
    </message>
    <message>
        <source>Meeting place outside the neighbourhood</source>
        <translation>Ontmoetingsplek buiten de wijk</translation>
    </message>
    <message>
        <source>Regional broadcaster (FM radio)</source>
        <translation>Regionale omroep (FM-radio)</translation>
    </message>
    <message>
        <source>112 without your voice</source>
        <translation>112 zonder te praten</translation>
    </message>
    <message>
        <source>In an emergency call</source>
        <translation>Bij nood bellen</translation>
    </message>
    <message>
        <source>In an emergency call: name and phone</source>
        <translation>Bij nood bellen: naam en telefoon</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Emergency card %1</source>
        <translation>Noodkaart %1</translation>
    </message>
    <message>
        <source>Wallet cards</source>
        <translation>Portemonneekaarten</translation>
    </message>
    <message>
        <source>Cut out each card along the corner marks, fold it on the dashed line and keep it in your wallet.</source>
        <translation>Knip elke kaart uit langs de hoekjes. Vouw hem dubbel op de stippellijn en bewaar hem in je portemonnee.</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pieper</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>berichten</translation>
    </message>
    <message>
        <source>video calls</source>
        <translation>videobellen</translation>
    </message>
    <message>
        <source>text phone</source>
        <translation>teksttelefoon</translation>
    </message>
    <message>
        <source>main number</source>
        <translation>hoofdnummer</translation>
    </message>
    <message>
        <source>car phone</source>
        <translation>autotelefoon</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>ISDN</translation>
    </message>
    <message>
        <source>modem</source>
        <translation>modem</translation>
    </message>
    <message>
        <source>BBS</source>
        <translation>BBS</translation>
    </message>
    <message>
        <source>PCS</source>
        <translation>PCS</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>spraak</translation>
    </message>
    <message>
        <source>check this number</source>
        <translation>controleer dit nummer</translation>
    </message>
    <message>
        <source>Looks in on this person</source>
        <translation>Kijkt bij deze persoon</translation>
    </message>
    <message>
        <source>Is looked in on by this person</source>
        <translation>Krijgt bezoek van deze persoon</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>EHBO</translation>
    </message>
    <message>
        <source>a car</source>
        <translation>een auto</translation>
    </message>
    <message>
        <source>a battery radio</source>
        <translation>een radio op batterijen</translation>
    </message>
    <message>
        <source>our spare key</source>
        <translation>onze reservesleutel</translation>
    </message>
    <message>
        <source>needs help</source>
        <translation>heeft hulp nodig</translation>
    </message>
    <message>
        <source>can help</source>
        <translation>kan helpen</translation>
    </message>
    <message>
        <source>Life in danger, fire, or a crime happening now</source>
        <translation>Levensgevaar, brand, of een misdrijf dat nu gebeurt</translation>
    </message>
    <message>
        <source>Police, when it is not urgent</source>
        <translation>Politie, als het geen spoed heeft</translation>
    </message>
    <message>
        <source>Report a power or gas outage (free call)</source>
        <translation>Storing in stroom of gas melden (gratis)</translation>
    </message>
    <message>
        <source>Get the torch; do not use candles near curtains or children.</source>
        <translation>Pak de zaklamp; gebruik geen kaarsen bij gordijnen of kinderen.</translation>
    </message>
    <message>
        <source>Turn on the battery radio: %1.</source>
        <translation>Zet de radio op batterijen aan: %1.</translation>
    </message>
    <message>
        <source>your regional broadcaster</source>
        <translation>je regionale omroep</translation>
    </message>
    <message>
        <source>Report the outage: call %1.</source>
        <translation>Meld de storing: bel %1.</translation>
    </message>
    <message>
        <source>Unplug devices, so nothing breaks when the power comes back.</source>
        <translation>Haal stekkers uit het stopcontact, zodat er niets kapotgaat als de stroom terugkomt.</translation>
    </message>
    <message>
        <source>Keep the fridge and the freezer closed.</source>
        <translation>Houd de koelkast en de vriezer dicht.</translation>
    </message>
    <message>
        <source>Check on your neighbours, especially people who live alone.</source>
        <translation>Kijk bij je buren, vooral bij mensen die alleen wonen.</translation>
    </message>
    <message>
        <source>water for %1</source>
        <translation>water voor %1</translation>
    </message>
    <message>
        <source>no water</source>
        <translation>geen water</translation>
    </message>
    <message>
        <source>food for %1</source>
        <translation>eten voor %1</translation>
    </message>
    <message>
        <source>no food</source>
        <translation>geen eten</translation>
    </message>
    <message>
        <source>Your kit on %1: %2.</source>
        <translation>Je noodpakket op %1: %2.</translation>
    </message>
    <message>
        <source>No stock of %1 in the house.</source>
        <translation>Geen voorraad van %1 in huis.</translation>
    </message>
    <message>
        <source>Within an hour the %1 runs out.</source>
        <translation>Binnen een uur is de %1 op.</translation>
    </message>
    <message>
        <source>After 1 hour the %1 runs out.</source>
        <translation>Na 1 uur is de %1 op.</translation>
    </message>
    <message>
        <source>After %1 hours the %2 runs out.</source>
        <translation>Na %1 uur is de %2 op.</translation>
    </message>
    <message>
        <source>Put it in the coolest room, out of the sun; never in the freezer.</source>
        <translation>Leg het in de koelste kamer, uit de zon. Nooit in de vriezer.</translation>
    </message>
    <message>
        <source>Keep cold: %1.</source>
        <translation>Koel bewaren: %1.</translation>
    </message>
    <message>
        <source>Fridge sheet</source>
        <translation>Koelkastblad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>More on what to do: see the emergency plan.</source>
        <translation>Meer over wat je moet doen: zie het noodplan.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Bij een noodsituatie</translation>
    </message>
    <message>
        <source>Numbers to call</source>
        <translation>Nummers om te bellen</translation>
    </message>
    <message>
        <source>(see the emergency plan)</source>
        <translation>(zie het noodplan)</translation>
    </message>
    <message>
        <source>When nothing works, go to</source>
        <translation>Als niets werkt, ga naar</translation>
    </message>
    <message>
        <source>When nothing works</source>
        <translation>Als niets werkt</translation>
    </message>
    <message>
        <source>Where we meet</source>
        <translation>Waar we elkaar treffen</translation>
    </message>
    <message>
        <source>Emergency radio</source>
        <translation>Noodzender</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>When the power fails</source>
        <translation>Als de stroom uitvalt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Iemand uit het huishouden</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>(household)</source>
        <translation>(ons huis)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Needs help with</source>
        <translation>Heeft hulp nodig bij</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>Kan helpen met</translation>
    </message>
    <message>
        <source>Who looks in on them</source>
        <translation>Wie kijkt er</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Nummer mobiele telefoon</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicijnen</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Medicijn toevoegen</translation>
    </message>
    <message>
        <source>Delete this medicine</source>
        <translation>Dit medicijn weghalen</translation>
    </message>
    <message>
        <source>About this medicine</source>
        <translation>Over dit medicijn</translation>
    </message>
    <message>
        <source>Help with walking or moving</source>
        <translation>Hulp bij lopen of bewegen</translation>
    </message>
    <message>
        <source>For example a walker, a wheelchair, cannot use stairs.</source>
        <translation>Bijvoorbeeld een rollator, een rolstoel, kan geen trap op of af.</translation>
    </message>
    <message>
        <source>Help with seeing or hearing</source>
        <translation>Hulp bij zien of horen</translation>
    </message>
    <message>
        <source>For example a hearing aid with batteries, glasses, a white cane.</source>
        <translation>Bijvoorbeeld een hoorapparaat met batterijen, een bril, een witte stok.</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <source>For example no salt, vegetarian, baby food.</source>
        <translation>Bijvoorbeeld zoutarm, vegetarisch, babyvoeding.</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Noodplan</translation>
    </message>
    <message>
        <source>Our emergency plan</source>
        <translation>Ons noodplan</translation>
    </message>
    <message>
        <source>Who lives here</source>
        <translation>Wie wonen hier</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
    <message>
        <source>Where the emergency kit is</source>
        <translation>Waar het noodpakket ligt</translation>
    </message>
    <message>
        <source>Devices that need power</source>
        <translation>Apparaten die stroom nodig hebben</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Lopen</translation>
    </message>
    <message>
        <source>Seeing or hearing</source>
        <translation>Zien of horen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergieën</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Is helped by</source>
        <translation>Wordt geholpen door</translation>
    </message>
    <message>
        <source>Helps</source>
        <translation>Helpt</translation>
    </message>
    <message>
        <source>When the fridge is off: %1</source>
        <translation>Als de koelkast uit is: %1</translation>
    </message>
    <message>
        <source>Where we can stay</source>
        <translation>Waar we kunnen verblijven</translation>
    </message>
    <message>
        <source>Last practised</source>
        <translation>Laatst geoefend</translation>
    </message>
    <message>
        <source>Fetched by</source>
        <translation>Wordt opgehaald door</translation>
    </message>
    <message>
        <source>Or else by</source>
        <translation>Anders door</translation>
    </message>
    <message>
        <source>Who fetches the children</source>
        <translation>Wie haalt de kinderen op</translation>
    </message>
    <message>
        <source>helped by</source>
        <translation>geholpen door</translation>
    </message>
    <message>
        <source>%1 looks in on %2</source>
        <translation>%1 kijkt bij %2</translation>
    </message>
    <message>
        <source>Where to find information</source>
        <translation>Hier vind je informatie</translation>
    </message>
    <message>
        <source>NL-Alert: a message on your mobile phone about an emergency near you.</source>
        <translation>NL-Alert: een bericht op je mobiele telefoon over een noodsituatie bij jou in de buurt.</translation>
    </message>
    <message>
        <source>Your regional broadcaster on the radio, also when the power is out.</source>
        <translation>Je regionale omroep op de radio, ook als de stroom uitvalt.</translation>
    </message>
    <message>
        <source>crisis.nl and the website of your municipality.</source>
        <translation>crisis.nl en de website van je gemeente.</translation>
    </message>
    <message>
        <source>denkvooruit.nl: how to prepare for an emergency.</source>
        <translation>denkvooruit.nl: hoe je je voorbereidt op een noodsituatie.</translation>
    </message>
    <message>
        <source>Main water tap</source>
        <translation>Hoofdkraan water</translation>
    </message>
    <message>
        <source>Gas valve</source>
        <translation>Gaskraan</translation>
    </message>
    <message>
        <source>Meter box</source>
        <translation>Meterkast</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>Brandblusser</translation>
    </message>
    <message>
        <source>Place not written down</source>
        <translation>Plek niet opgeschreven</translation>
    </message>
    <message>
        <source>In the grab bag</source>
        <translation>In de noodtas</translation>
    </message>
    <message>
        <source>Which languages does this person speak and understand?</source>
        <translation>Welke talen spreekt en begrijpt deze persoon?</translation>
    </message>
    <message>
        <source>Who helps this person?</source>
        <translation>Wie helpt deze persoon?</translation>
    </message>
    <message>
        <source>Who does this person help?</source>
        <translation>Wie helpt deze persoon zelf?</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Andere notities</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicijn</translation>
    </message>
    <message>
        <source>1 tablet in the morning</source>
        <translation>1 tablet &apos;s ochtends</translation>
    </message>
    <message>
        <source>Step 3: Talk with each other and help each other</source>
        <translation>Stap 3: Praat met elkaar en help elkaar</translation>
    </message>
    <message>
        <source>Nobody gets through a crisis alone. Know your neighbours, and agree who looks in on whom.</source>
        <translation>Niemand komt alleen door een crisis. Ken je buren en spreek af wie bij wie gaat kijken.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Neighbours and help</source>
        <translation>Buren en hulp</translation>
    </message>
    <message>
        <source>Always at hand</source>
        <translation>Altijd bij de hand</translation>
    </message>
    <message>
        <source>Search your contacts</source>
        <translation>Zoeken in je contacten</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Je contacten</translation>
    </message>
    <message>
        <source>Family, the contact outside the area, neighbours, your GP and the after-hours GP post, pharmacy, vet, school, work, insurers, the grid operator, the water company and the municipality.</source>
        <translation>Familie, de contactpersoon buiten de regio, buren, je huisarts en de huisartsenpost, apotheek, dierenarts, school, werk, verzekeraars, de netbeheerder, het waterbedrijf en de gemeente.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <source>Delete this contact</source>
        <translation>Dit contact weghalen</translation>
    </message>
    <message>
        <source>About this contact</source>
        <translation>Over dit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Add contacts from a phone (.vcf)…</source>
        <translation>Contacten van een telefoon toevoegen (.vcf)…</translation>
    </message>
    <message>
        <source>Save all contacts for a phone (.vcf)…</source>
        <translation>Alle contacten opslaan voor een telefoon (.vcf)…</translation>
    </message>
    <message>
        <source>Save this contact for a phone (.vcf)…</source>
        <translation>Dit contact opslaan voor een telefoon (.vcf)…</translation>
    </message>
    <message>
        <source>On a smartphone you can save your contacts as a .vcf file (in the Contacts app: share or export). Put that file on this computer and add the few that matter here.</source>
        <translation>Op een smartphone kun je je contacten opslaan als .vcf-bestand (in de app Contacten: delen of exporteren). Zet dat bestand op deze computer en voeg hier de paar toe die belangrijk zijn.</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Wie is dit?</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Write the number as you would dial it.</source>
        <translation>Schrijf het nummer zoals je het belt.</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Nummer toevoegen</translation>
    </message>
    <message>
        <source>Delete this number</source>
        <translation>Dit nummer weghalen</translation>
    </message>
    <message>
        <source>About this number</source>
        <translation>Over dit nummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>This person may need help in an emergency</source>
        <translation>Deze persoon heeft misschien hulp nodig in een noodsituatie</translation>
    </message>
    <message>
        <source>What help?</source>
        <translation>Welke hulp?</translation>
    </message>
    <message>
        <source>For example: lives alone, cannot use stairs, needs power for oxygen.</source>
        <translation>Bijvoorbeeld: woont alleen, kan geen trap op, heeft stroom nodig voor zuurstof.</translation>
    </message>
    <message>
        <source>Has a spare key of our house</source>
        <translation>Heeft een reservesleutel van ons huis</translation>
    </message>
    <message>
        <source>Can give first aid</source>
        <translation>Kan EHBO geven</translation>
    </message>
    <message>
        <source>Has a car</source>
        <translation>Heeft een auto</translation>
    </message>
    <message>
        <source>Has a radio on batteries</source>
        <translation>Heeft een radio op batterijen</translation>
    </message>
    <message>
        <source>Can also help with</source>
        <translation>Kan ook helpen met</translation>
    </message>
    <message>
        <source>Who looks in on whom?</source>
        <translation>Wie kijkt bij wie?</translation>
    </message>
    <message>
        <source>Agree who goes to see whom when the power or the phone network fails.</source>
        <translation>Spreek af wie bij wie gaat kijken als de stroom of het telefoonnet uitvalt.</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>About this agreement</source>
        <translation>Over deze afspraak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add the people in your household first.</source>
        <translation>Zet eerst de mensen van je huishouden erin.</translation>
    </message>
    <message>
        <source>Every possible agreement with this person is already there.</source>
        <translation>Alle mogelijke afspraken met deze persoon staan er al.</translation>
    </message>
    <message>
        <source>Neighbours and who needs help</source>
        <translation>Buren en wie hulp nodig heeft</translation>
    </message>
    <message>
        <source>Who needs help, who can help with what, and who looks in on whom. Research shows that people around you matter even more than your emergency kit.</source>
        <translation>Wie heeft hulp nodig, wie kan waarmee helpen, en wie kijkt bij wie? Onderzoek laat zien dat de mensen om je heen nog belangrijker zijn dan je noodpakket.</translation>
    </message>
    <message>
        <source>Mark a contact as neighbour, or as someone who needs help, on the Contacts tab; agree there who looks in on them.</source>
        <translation>Zet bij Contacten vast wie je buren zijn en wie hulp nodig heeft, en spreek daar af wie bij hen gaat kijken.</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Nieuw medicijn</translation>
    </message>
    <message>
        <source>Pets need water and food too: about half a litre of water per animal per day.</source>
        <translation>Huisdieren hebben ook water en eten nodig: ongeveer een halve liter water per dier per dag.</translation>
    </message>
    <message>
        <source>Add an animal</source>
        <translation>Dier toevoegen</translation>
    </message>
    <message>
        <source>Delete this animal</source>
        <translation>Dit dier weghalen</translation>
    </message>
    <message>
        <source>About this animal</source>
        <translation>Over dit dier</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>Hond</translation>
    </message>
    <message>
        <source>Kind of animal</source>
        <translation>Soort dier</translation>
    </message>
    <message>
        <source>Dog, cat, rabbit…</source>
        <translation>Hond, kat, konijn…</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Works without power</source>
        <translation>Werkt zonder stroom</translation>
    </message>
    <message>
        <source>Fill in the hours</source>
        <translation>Uren nog invullen</translation>
    </message>
    <message>
        <source>About %1 hours</source>
        <translation>Ongeveer %1 uur</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Food, medicines, where the animal can stay.</source>
        <translation>Voer, medicijnen, waar het dier terecht kan.</translation>
    </message>
    <message>
        <source>Your home</source>
        <translation>Je huis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Safety region</source>
        <translation>Veiligheidsregio</translation>
    </message>
    <message>
        <source>Which medicines must this person always have? Write how many are in the house: Paraat works out how long they last.</source>
        <translation>Welke medicijnen moet deze persoon altijd hebben? Schrijf op hoeveel er in huis zijn: Paraat rekent uit hoe lang ze genoeg zijn.</translation>
    </message>
    <message>
        <source>Oxygen, a breathing machine, a feeding pump, a stair lift… Write down how long each works without power and whom you call: Paraat puts it on the fridge sheet, the wallet card and the timeline.</source>
        <translation>Zuurstof, een beademingsapparaat, een voedingspomp, een traplift… Schrijf op hoe lang elk apparaat werkt zonder stroom en wie je dan belt. Paraat zet dat op het koelkastblad, de portemonneekaart en de tijdlijn.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Apparaat toevoegen</translation>
    </message>
    <message>
        <source>Delete this device</source>
        <translation>Dit apparaat verwijderen</translation>
    </message>
    <message>
        <source>About this device</source>
        <translation>Over dit apparaat</translation>
    </message>
    <message>
        <source>Other aids or devices (in your own words)</source>
        <translation>Andere hulpmiddelen of apparaten (in je eigen woorden)</translation>
    </message>
    <message>
        <source>Anything the list above does not cover. Put each device that needs power in the list above: then Paraat works out how long it keeps going.</source>
        <translation>Alles wat niet in de lijst hierboven past. Zet elk apparaat dat stroom nodig heeft in de lijst hierboven: dan rekent Paraat uit hoe lang het blijft werken.</translation>
    </message>
    <message>
        <source>How much each time</source>
        <translation>Hoeveel per keer</translation>
    </message>
    <message>
        <source>Every day or only when needed?</source>
        <translation>Elke dag of alleen als het nodig is?</translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation>Hoeveel keer per dag</translation>
    </message>
    <message>
        <source>For example 2</source>
        <translation>Bijvoorbeeld 2</translation>
    </message>
    <message>
        <source>How many do you have in the house (pieces or doses)</source>
        <translation>Hoeveel heb je in huis (stuks of doses)</translation>
    </message>
    <message>
        <source>Count what is in the house now, also opened packs.</source>
        <translation>Tel wat er nu in huis is, ook open verpakkingen.</translation>
    </message>
    <message>
        <source>Keep cold (in the fridge)</source>
        <translation>Koel bewaren (in de koelkast)</translation>
    </message>
    <message>
        <source>What do you do when the fridge is off?</source>
        <translation>Wat doe je als de koelkast uit is?</translation>
    </message>
    <message>
        <source>For example: which cool place, and how long this medicine may be out of the fridge.</source>
        <translation>Bijvoorbeeld: welke koele plek, en hoe lang dit medicijn buiten de koelkast mag.</translation>
    </message>
    <message>
        <source>What kind of device?</source>
        <translation>Wat voor apparaat?</translation>
    </message>
    <message>
        <source>Name or brand</source>
        <translation>Naam of merk</translation>
    </message>
    <message>
        <source>For example: oxygen device from Philips</source>
        <translation>Bijvoorbeeld: zuurstofapparaat van Philips</translation>
    </message>
    <message>
        <source>How long does the battery last? (hours)</source>
        <translation>Hoe lang werkt de accu? (uren)</translation>
    </message>
    <message>
        <source>Leave it empty if you do not know yet. Write 0 if it has no battery.</source>
        <translation>Weet je het nog niet? Laat het dan leeg. Heeft het geen accu? Schrijf dan 0.</translation>
    </message>
    <message>
        <source>How many spare oxygen cylinders are in the house?</source>
        <translation>Hoeveel reserveflessen zuurstof zijn er in huis?</translation>
    </message>
    <message>
        <source>How many hours does one cylinder last?</source>
        <translation>Hoeveel uur doe je met één fles?</translation>
    </message>
    <message>
        <source>At the flow you normally use. Your supplier can tell you.</source>
        <translation>Bij de stand die je normaal gebruikt. Je leverancier kan het je vertellen.</translation>
    </message>
    <message>
        <source>Spare battery: how many hours? (empty: no spare battery)</source>
        <translation>Reserve-accu: hoeveel uur? (leeg: geen reserve-accu)</translation>
    </message>
    <message>
        <source>Can be charged in the car (car charger)</source>
        <translation>Kan opladen in de auto (autolader)</translation>
    </message>
    <message>
        <source>Can be charged with a power bank</source>
        <translation>Kan opladen met een powerbank</translation>
    </message>
    <message>
        <source>Supplier or care organisation</source>
        <translation>Leverancier of zorgorganisatie</translation>
    </message>
    <message>
        <source>Their 24-hour phone number</source>
        <translation>Hun telefoonnummer dat 24 uur bereikbaar is</translation>
    </message>
    <message>
        <source>What do you do when the power fails?</source>
        <translation>Wat doe je als de stroom uitvalt?</translation>
    </message>
    <message>
        <source>For example: Call the supplier within 2 hours. Go to …</source>
        <translation>Bijvoorbeeld: Bel de leverancier binnen 2 uur. Ga naar …</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Weet ik nog niet</translation>
    </message>
    <message>
        <source>Your municipality&apos;s website says which safety region you live in.</source>
        <translation>Op de website van je gemeente staat in welke veiligheidsregio je woont.</translation>
    </message>
    <message>
        <source>Regional broadcaster (emergency radio)</source>
        <translation>Regionale omroep (rampenzender)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>In an emergency your regional broadcaster keeps you informed on FM radio, also without power.</source>
        <translation>In een noodsituatie vertelt je regionale omroep wat er aan de hand is, via de FM-radio. Ook als de stroom uitvalt.</translation>
    </message>
    <message>
        <source>FM frequency</source>
        <translation>FM-frequentie</translation>
    </message>
    <message>
        <source>Where is the main water tap?</source>
        <translation>Waar is de hoofdkraan van het water?</translation>
    </message>
    <message>
        <source>Where is the gas valve?</source>
        <translation>Waar is de gaskraan?</translation>
    </message>
    <message>
        <source>Where is the meter box?</source>
        <translation>Waar is de meterkast?</translation>
    </message>
    <message>
        <source>Where is the fire extinguisher?</source>
        <translation>Waar is de brandblusser?</translation>
    </message>
    <message>
        <source>Questions for your emergency kit</source>
        <translation>Vragen voor je noodpakket</translation>
    </message>
    <message>
        <source>Your answers change the kit list. Not sure? Leave it on &quot;%1&quot;.</source>
        <translation>Je antwoorden passen de lijst voor je noodpakket aan. Weet je het niet zeker? Laat het op &quot;%1&quot; staan.</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Verwarming</translation>
    </message>
    <message>
        <source>Other notes about the house</source>
        <translation>Andere notities over het huis</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>1  Emergency kit</source>
        <translation>1  Noodpakket</translation>
    </message>
    <message>
        <source>2  Emergency plan</source>
        <translation>2  Noodplan</translation>
    </message>
    <message>
        <source>3  Together</source>
        <translation>3  Samen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>Next s&amp;ection</source>
        <translation>Volgende &amp;deel</translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation>Vo&amp;rig deel</translation>
    </message>
    <message>
        <source>&amp;Move between the list of pages and the page</source>
        <translation>Tussen &amp;lijst en pagina</translation>
    </message>
    <message>
        <source>Move between list and page, bac&amp;k</source>
        <translation>Tussen lijst en pagina, &amp;terug</translation>
    </message>
    <message>
        <source>Kept in memory only</source>
        <translation>Alleen in het geheugen</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Alles is opgeslagen</translation>
    </message>
    <message>
        <source>Everything is saved (%1)</source>
        <translation>Alles is opgeslagen (%1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters, you have %2.</source>
        <translation>Dit is te lang: het mogen maximaal %1 tekens zijn, het zijn er %2.</translation>
    </message>
    <message>
        <source>This text contains invisible control characters. Please type it again.</source>
        <translation>In deze tekst staan onzichtbare tekens. Typ de tekst opnieuw.</translation>
    </message>
    <message>
        <source>Please type a number, for example 93.1.</source>
        <translation>Typ een getal, bijvoorbeeld 93.1.</translation>
    </message>
    <message>
        <source>Please choose a number from %1 to %2.</source>
        <translation>Kies een getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Please write the date as day-month-year, for example 31-12-2026.</source>
        <translation>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-12-2026.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation>Deze datum bestaat niet. Kijk de dag en de maand na.</translation>
    </message>
    <message>
        <source>Please pick one of the choices in the list.</source>
        <translation>Kies iets uit de lijst.</translation>
    </message>
    <message>
        <source>There is room for at most %1 here.</source>
        <translation>Hier is plaats voor maximaal %1.</translation>
    </message>
    <message>
        <source>This is already there.</source>
        <translation>Dit staat er al.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Antwoord met ja of nee.</translation>
    </message>
    <message>
        <source>This is not a phone number. Type it as you would dial it, for example 06-12345678, or with + and the country code for a number abroad.</source>
        <translation>Dit is geen telefoonnummer. Typ het zoals je het belt, bijvoorbeeld 06-12345678, of met + en de landcode voor een nummer in het buitenland.</translation>
    </message>
    <message>
        <source>Check this number: it cannot be right as it is. It is saved as you typed it.</source>
        <translation>Controleer dit nummer: zo kan het niet kloppen. Het is opgeslagen zoals je het hebt getypt.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Dit kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Baby (under 2)</source>
        <translation>Baby (jonger dan 2)</translation>
    </message>
    <message>
        <source>Child (2 to 17)</source>
        <translation>Kind (2 tot en met 17)</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Volwassene</translation>
    </message>
    <message>
        <source>65 or older</source>
        <translation>65 of ouder</translation>
    </message>
    <message>
        <source>Central heating on gas</source>
        <translation>Cv-ketel op gas</translation>
    </message>
    <message>
        <source>Heat pump</source>
        <translation>Warmtepomp</translation>
    </message>
    <message>
        <source>District heating</source>
        <translation>Stadsverwarming</translation>
    </message>
    <message>
        <source>Electric heating</source>
        <translation>Elektrische verwarming</translation>
    </message>
    <message>
        <source>Wood or pellet stove</source>
        <translation>Hout- of pelletkachel</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>Don&apos;t know / later</source>
        <translation>Weet ik niet / later</translation>
    </message>
    <message>
        <source>How is your home heated?</source>
        <translation>Hoe verwarm je je huis?</translation>
    </message>
    <message>
        <source>Do you have a car?</source>
        <translation>Heb je een auto?</translation>
    </message>
    <message>
        <source>No: the spare car key goes off your kit list.</source>
        <translation>Nee: de reservesleutel van de auto gaat van je lijst.</translation>
    </message>
    <message>
        <source>Does anyone wear glasses or contact lenses?</source>
        <translation>Draagt iemand een bril of lenzen?</translation>
    </message>
    <message>
        <source>Yes: spare glasses or extra lenses go on your kit list.</source>
        <translation>Ja: een reservebril of extra lenzen komen op je lijst.</translation>
    </message>
    <message>
        <source>Does anyone wear a hearing aid?</source>
        <translation>Draagt iemand een hoorapparaat?</translation>
    </message>
    <message>
        <source>Yes: batteries for the hearing aid go on your kit list.</source>
        <translation>Ja: batterijen voor het hoorapparaat komen op je lijst.</translation>
    </message>
    <message>
        <source>Does anyone in the house have periods?</source>
        <translation>Heeft iemand in huis een menstruatie?</translation>
    </message>
    <message>
        <source>No: sanitary pads go off your kit list.</source>
        <translation>Nee: maandverband gaat van je lijst.</translation>
    </message>
    <message>
        <source>Is there a toddler who still wears nappies?</source>
        <translation>Is er een peuter die nog luiers draagt?</translation>
    </message>
    <message>
        <source>Yes: nappies for your toddler go on your kit list. Babies under 2 already count through the people in the house.</source>
        <translation>Ja: luiers voor je peuter komen op je lijst. Baby&apos;s onder de 2 telt Paraat al mee bij de mensen in huis.</translation>
    </message>
    <message>
        <source>Do you have your own well for water?</source>
        <translation>Heb je een eigen waterput?</translation>
    </message>
    <message>
        <source>Yes: your kit list says at the water why you cannot count on your well in a power cut.</source>
        <translation>Ja: bij het water zegt je lijst waarom je bij stroomuitval niet op je put kunt rekenen.</translation>
    </message>
    <message>
        <source>When the power is off: put the medicine in the coolest room of the house, out of the sun. Never put it in the freezer. How long it may stay out of the fridge is different for each medicine: the package leaflet says so, or ask your pharmacy.</source>
        <translation>Valt de stroom uit? Leg het medicijn in de koelste kamer van het huis, uit de zon. Leg het nooit in de vriezer. Hoe lang het buiten de koelkast mag, is per medicijn anders: dat staat in de bijsluiter. Of vraag het je apotheek.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Alleen als het nodig is</translation>
    </message>
    <message>
        <source>Only when needed: keep at least 1 in the house. You have %1.</source>
        <translation>Alleen als het nodig is: zorg dat er altijd minstens 1 in huis is. Je hebt er %1.</translation>
    </message>
    <message>
        <source>Fill in how many times a day, then Paraat works out how long it lasts.</source>
        <translation>Vul in hoeveel keer per dag, dan rekent Paraat uit hoe lang het duurt.</translation>
    </message>
    <message>
        <source>Fill in how many you have in the house, then Paraat works out how long it lasts.</source>
        <translation>Vul in hoeveel je in huis hebt, dan rekent Paraat uit hoe lang het duurt.</translation>
    </message>
    <message>
        <source>only when needed</source>
        <translation>alleen als het nodig is</translation>
    </message>
    <message>
        <source>every day, %1 times a day</source>
        <translation>elke dag, %1 keer per dag</translation>
    </message>
    <message>
        <source>every day, once a day</source>
        <translation>elke dag, 1 keer per dag</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>After ___ hours: %1</source>
        <translation>Na ___ uur: %1</translation>
    </message>
    <message>
        <source>When the power fails: %1</source>
        <translation>Meteen als de stroom uitvalt: %1</translation>
    </message>
    <message>
        <source>After 1 hour: %1</source>
        <translation>Na 1 uur: %1</translation>
    </message>
    <message>
        <source>After %1 hours: %2</source>
        <translation>Na %1 uur: %2</translation>
    </message>
    <message>
        <source>keep cold</source>
        <translation>koel bewaren</translation>
    </message>
    <message>
        <source>Find the FM frequency for your area on denkvooruit.nl/radio or on the broadcaster&apos;s website, and write it here now: during a power cut you cannot look it up.</source>
        <translation>Zoek de FM-frequentie voor jouw gebied op denkvooruit.nl/radio of op de website van de omroep. Schrijf hem nu op: als de stroom uitvalt, kun je niets meer opzoeken.</translation>
    </message>
    <message>
        <source>Known frequencies: %1.</source>
        <translation>Bekende frequenties: %1.</translation>
    </message>
    <message>
        <source>In the house</source>
        <translation>In huis</translation>
    </message>
    <message>
        <source>A wood or pellet stove puts dry wood or pellets on your kit list. Your kit list also says whether your heating still works without power.</source>
        <translation>Een hout- of pelletkachel zet droog hout of pellets op je lijst. Je lijst zegt ook of je verwarming werkt zonder stroom.</translation>
    </message>
    <message>
        <source>The safest room, if you must stay inside.</source>
        <translation>De veiligste kamer, als je binnen moet blijven.</translation>
    </message>
    <message>
        <source>Near the house</source>
        <translation>Dicht bij huis</translation>
    </message>
    <message>
        <source>For example a tree or a corner you all know, if you must leave the house quickly.</source>
        <translation>Bijvoorbeeld een boom of een hoek die iedereen kent, als je snel het huis uit moet.</translation>
    </message>
    <message>
        <source>Outside the neighbourhood</source>
        <translation>Buiten de wijk</translation>
    </message>
    <message>
        <source>If you cannot go back to your street.</source>
        <translation>Als je niet terug kunt naar je straat.</translation>
    </message>
    <message>
        <source>Outside the town</source>
        <translation>Buiten de woonplaats</translation>
    </message>
    <message>
        <source>If the whole town must leave: family or friends further away.</source>
        <translation>Als de hele plaats weg moet: familie of vrienden verder weg.</translation>
    </message>
    <message>
        <source>Emergency point of your municipality (noodsteunpunt)</source>
        <translation>Noodsteunpunt van je gemeente</translation>
    </message>
    <message>
        <source>Nearest fire station</source>
        <translation>Dichtstbijzijnde brandweerkazerne</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Gemeentehuis</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Huisartsenpraktijk</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <source>Emergency point</source>
        <translation>Noodsteunpunt</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>Brandweerkazerne</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Opening hours, how to get there</source>
        <translation>Openingstijden, hoe je er komt</translation>
    </message>
    <message>
        <source>Paraat never fills in an address for you. Write down the name and address of each place you know.</source>
        <translation>Paraat vult nooit zelf een adres in. Schrijf de naam en het adres op van elke plek die je kent.</translation>
    </message>
    <message>
        <source>Where do you go when nothing works?</source>
        <comment>one person</comment>
        <translation>Waar ga je heen als niets werkt?</translation>
    </message>
    <message>
        <source>Where do we go when nothing works?</source>
        <translation>Waar gaan we heen als niets werkt?</translation>
    </message>
    <message>
        <source>Where do I go when nothing works?</source>
        <translation>Waar ga ik heen als niets werkt?</translation>
    </message>
    <message>
        <source>Who turns off the gas?</source>
        <translation>Wie draait het gas dicht?</translation>
    </message>
    <message>
        <source>Who turns off the water?</source>
        <translation>Wie draait het water dicht?</translation>
    </message>
    <message>
        <source>Who turns off the power?</source>
        <translation>Wie zet de stroom uit?</translation>
    </message>
    <message>
        <source>Who takes the pets?</source>
        <translation>Wie neemt de huisdieren mee?</translation>
    </message>
    <message>
        <source>Who takes the grab bag?</source>
        <translation>Wie neemt de noodtas mee?</translation>
    </message>
    <message>
        <source>Who checks on the neighbours?</source>
        <translation>Wie gaat bij de buren kijken?</translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation>Stroomstoring</translation>
    </message>
    <message>
        <source>Where do we stay warm? Who listens to the radio? When do we check on the neighbours?</source>
        <translation>Waar blijven we warm? Wie luistert naar de radio? Wanneer gaan we bij de buren kijken?</translation>
    </message>
    <message>
        <source>No drinking water</source>
        <translation>Geen drinkwater</translation>
    </message>
    <message>
        <source>Where is our stored water? How do we use the toilet?</source>
        <translation>Waar staat ons water? Hoe gebruiken we de wc?</translation>
    </message>
    <message>
        <source>Evacuation or flood</source>
        <translation>Evacuatie of overstroming</translation>
    </message>
    <message>
        <source>What do we take? Where do we go, and how do we get there?</source>
        <translation>Wat nemen we mee? Waar gaan we heen, en hoe komen we daar?</translation>
    </message>
    <message>
        <source>Stay inside</source>
        <translation>Binnen blijven</translation>
    </message>
    <message>
        <source>When the siren sounds or NL-Alert says so: windows and doors shut, ventilation off, radio on. Who does what?</source>
        <translation>Als de sirene gaat of NL-Alert het zegt: ramen en deuren dicht, ventilatie uit, radio aan. Wie doet wat?</translation>
    </message>
    <message>
        <source>Heat wave</source>
        <translation>Hittegolf</translation>
    </message>
    <message>
        <source>Who needs extra water and a cool room? Who checks on them?</source>
        <translation>Wie heeft extra water en een koele kamer nodig? Wie gaat bij hen kijken?</translation>
    </message>
    <message>
        <source>No phone or payments</source>
        <translation>Geen telefoon of pinnen</translation>
    </message>
    <message>
        <source>Where and when do we meet if we cannot call? How do we pay without a bank card?</source>
        <translation>Waar en wanneer spreken we af als bellen niet lukt? Hoe betalen we zonder pinpas?</translation>
    </message>
    <message>
        <source>Add the people who live in your house.</source>
        <translation>Zet de mensen erin die in je huis wonen.</translation>
    </message>
    <message>
        <source>Fill in your municipality.</source>
        <translation>Vul je gemeente in.</translation>
    </message>
    <message>
        <source>Choose your regional broadcaster (the emergency radio).</source>
        <translation>Kies je regionale omroep (de rampenzender).</translation>
    </message>
    <message>
        <source>Write down the FM frequency of your regional broadcaster.</source>
        <translation>Schrijf de FM-frequentie van je regionale omroep op.</translation>
    </message>
    <message>
        <source>Write down where the main water tap is.</source>
        <translation>Schrijf op waar de hoofdkraan van het water is.</translation>
    </message>
    <message>
        <source>Write down where the gas valve is.</source>
        <translation>Schrijf op waar de gaskraan is.</translation>
    </message>
    <message>
        <source>Write down where the meter box is.</source>
        <translation>Schrijf op waar de meterkast is.</translation>
    </message>
    <message>
        <source>Who helps %1 in an emergency?</source>
        <translation>Wie helpt %1 in een noodsituatie?</translation>
    </message>
    <message>
        <source>Choose a contact person outside the area, with a phone number.</source>
        <translation>Kies een contactpersoon buiten de regio, met een telefoonnummer.</translation>
    </message>
    <message>
        <source>Agree where you can stay if you cannot go home.</source>
        <translation>Spreek af waar je kunt slapen als je niet naar huis kunt.</translation>
    </message>
    <message>
        <source>Who fetches %1 from school or childcare?</source>
        <translation>Wie haalt %1 op van school of opvang?</translation>
    </message>
    <message>
        <source>Who fetches %1 if the first person cannot?</source>
        <translation>Wie haalt %1 op als de eerste persoon niet kan?</translation>
    </message>
    <message>
        <source>Who helps %1?</source>
        <translation>Wie helpt %1?</translation>
    </message>
    <message>
        <source>Write down where your important papers are.</source>
        <translation>Schrijf op waar je belangrijke papieren zijn.</translation>
    </message>
    <message>
        <source>Write down where to go when nothing works: the town hall, the fire station or the emergency point.</source>
        <translation>Schrijf op waar je heen gaat als niets werkt: het gemeentehuis, de brandweerkazerne of het noodsteunpunt.</translation>
    </message>
    <message>
        <source>Choose a meeting place: %1.</source>
        <translation>Kies een plek om af te spreken: %1.</translation>
    </message>
    <message>
        <source>Make an agreement for: %1.</source>
        <translation>Maak een afspraak voor: %1.</translation>
    </message>
    <message>
        <source>Oxygen device (concentrator)</source>
        <translation>Zuurstofapparaat (concentrator)</translation>
    </message>
    <message>
        <source>Breathing machine (ventilator)</source>
        <translation>Beademingsapparaat</translation>
    </message>
    <message>
        <source>CPAP or BiPAP</source>
        <translation>CPAP/BiPAP</translation>
    </message>
    <message>
        <source>Suction device</source>
        <translation>Afzuigapparaat</translation>
    </message>
    <message>
        <source>Dialysis at home</source>
        <translation>Thuisdialyse</translation>
    </message>
    <message>
        <source>Feeding pump</source>
        <translation>Voedingspomp</translation>
    </message>
    <message>
        <source>Electric wheelchair or mobility scooter</source>
        <translation>Elektrische rolstoel of scootmobiel</translation>
    </message>
    <message>
        <source>Stair lift</source>
        <translation>Traplift</translation>
    </message>
    <message>
        <source>Hoist or air mattress</source>
        <translation>Tillift of luchtmatras</translation>
    </message>
    <message>
        <source>Alarm button (personal alarm)</source>
        <translation>Alarmknop (personenalarmering)</translation>
    </message>
    <message>
        <source>Insulin pump or glucose sensor</source>
        <translation>Insulinepomp of glucosesensor</translation>
    </message>
    <message>
        <source>Fill in how many hours one spare cylinder lasts, then Paraat works out how long it keeps working without power.</source>
        <translation>Vul in hoeveel uur je met één reservefles doet. Dan rekent Paraat uit hoe lang het werkt zonder stroom.</translation>
    </message>
    <message>
        <source>With the spare supplies it keeps working for at least %1 hours. Also fill in how long the battery lasts.</source>
        <translation>Met de reserve werkt het nog minstens %1 uur. Vul ook in hoe lang de accu werkt.</translation>
    </message>
    <message>
        <source>Fill in how long the battery lasts (0 if it has none), then Paraat works out how long it keeps working without power.</source>
        <translation>Vul in hoe lang de accu werkt (0 als er geen accu is). Dan rekent Paraat uit hoe lang het werkt zonder stroom.</translation>
    </message>
    <message>
        <source>Stops at once when the power fails.</source>
        <translation>Stopt meteen als de stroom uitvalt.</translation>
    </message>
    <message>
        <source>Keeps working for about 1 hour after the power fails.</source>
        <translation>Werkt na het uitvallen van de stroom nog ongeveer 1 uur.</translation>
    </message>
    <message>
        <source>Keeps working for about %1 hours after the power fails.</source>
        <translation>Werkt na het uitvallen van de stroom nog ongeveer %1 uur.</translation>
    </message>
    <message>
        <source>oxygen runs out</source>
        <translation>zuurstof op</translation>
    </message>
    <message>
        <source>device stops</source>
        <translation>apparaat stopt</translation>
    </message>
    <message>
        <source>call %1 (24 hours)</source>
        <translation>bel %1 (24 uur)</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>bel %1</translation>
    </message>
    <message>
        <source>Oxygen in the house: no candles, matches or other open fire. No gas cooker or gas heater in the room. Nobody smokes. Why? Extra oxygen makes clothes, bedding and paper catch fire very fast. Use a torch for light.</source>
        <translation>Zuurstof in huis: geen kaarsen, lucifers of ander open vuur. Geen gasfornuis of gaskachel in de kamer. Niemand rookt. Waarom? Door extra zuurstof vliegen kleren, beddengoed en papier heel snel in brand. Gebruik een zaklamp voor licht.</translation>
    </message>
    <message>
        <source>Never use a generator, a camping heater or camping stove, a barbecue (also on gas) or a patio heater indoors, not even with a window open. They make carbon monoxide, a poisonous gas.</source>
        <translation>Gebruik binnen nooit een aggregaat, een campingkachel of campingstel, een barbecue (ook op gas) of een terrasverwarmer. Ook niet met een raam open. Ze maken koolmonoxide, een giftig gas.</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Jullie huishouden</translation>
    </message>
    <message>
        <source>Change the household</source>
        <translation>Huishouden aanpassen</translation>
    </message>
    <message>
        <source>Step 1: Your emergency kit</source>
        <translation>Stap 1: Jullie noodpakket</translation>
    </message>
    <message>
        <source>How much of your emergency kit is ready</source>
        <translation>Hoeveel van je noodpakket klaar is</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Begin de controle</translation>
    </message>
    <message>
        <source>Opens the emergency kit at the half-yearly check.</source>
        <translation>Opent het noodpakket bij de halfjaarlijkse controle.</translation>
    </message>
    <message>
        <source>Go to the emergency kit</source>
        <translation>Naar het noodpakket</translation>
    </message>
    <message>
        <source>Step 2: Your emergency plan</source>
        <translation>Stap 2: Jullie noodplan</translation>
    </message>
    <message>
        <source>How much of your plan is filled in</source>
        <translation>Hoeveel van je plan is ingevuld</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <source>How far you are with step 3</source>
        <translation>Hoe ver je bent met stap 3</translation>
    </message>
    <message>
        <source>Go to your contacts and neighbours</source>
        <translation>Naar je contacten en buren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2 parts of your plan are filled in. Do the next one now: it takes a few minutes.</source>
        <translation>%1 van de %2 onderdelen van je plan zijn ingevuld. Doe nu de volgende: dat kost maar een paar minuten.</translation>
    </message>
    <message>
        <source>Your plan is complete. Print it and talk it through with everyone in the house.</source>
        <translation>Je plan is compleet. Druk het af en bespreek het met iedereen in huis.</translation>
    </message>
    <message>
        <source>A contact person outside the area</source>
        <translation>Een contactpersoon buiten de regio</translation>
    </message>
    <message>
        <source>At least one neighbour in your contacts</source>
        <translation>Minstens één buur in je contacten</translation>
    </message>
    <message>
        <source>Somebody looks in on everyone who needs help; not yet on: %1</source>
        <translation>Iemand kijkt bij iedereen die hulp nodig heeft; nog niet bij: %1</translation>
    </message>
    <message>
        <source>Somebody looks in on everyone who needs help</source>
        <translation>Iemand kijkt bij iedereen die hulp nodig heeft</translation>
    </message>
    <message>
        <source>Add the people in your household to see what your kit needs.</source>
        <translation>Zet de mensen van je huishouden erin, dan zie je wat je noodpakket nodig heeft.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> en nog %1</translation>
    </message>
    <message>
        <source>Still to get: %1%2.</source>
        <translation>Nog halen: %1%2.</translation>
    </message>
    <message>
        <source>Nothing is missing from your kit.</source>
        <translation>Er ontbreekt niets in je noodpakket.</translation>
    </message>
    <message>
        <source>%1 past its date, %2 going off within 60 days. See Emergency kit › Check and reminders.</source>
        <translation>%1 over de datum, %2 binnen 60 dagen over de datum. Kijk bij Noodpakket › Controle en herinneringen.</translation>
    </message>
    <message>
        <source>Nothing in your kit is past its date or going off soon.</source>
        <translation>Niets in je noodpakket is over de datum of gaat binnenkort over de datum.</translation>
    </message>
    <message>
        <source>You have not added anyone yet.</source>
        <translation>Je hebt nog niemand toegevoegd.</translation>
    </message>
    <message>
        <source>%1 people: %2.</source>
        <translation>%1 personen: %2.</translation>
    </message>
    <message>
        <source>Pets: %1.</source>
        <translation>Huisdieren: %1.</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Invullen: %1</translation>
    </message>
    <message>
        <source>And %1 more.</source>
        <translation>En nog %1.</translation>
    </message>
    <message>
        <source>Step 2: Make an emergency plan</source>
        <translation>Stap 2: Maak een noodplan</translation>
    </message>
    <message>
        <source>Meeting and contact</source>
        <translation>Afspreken en contact</translation>
    </message>
    <message>
        <source>Fetching children</source>
        <translation>Kinderen ophalen</translation>
    </message>
    <message>
        <source>Who helps whom</source>
        <translation>Wie helpt wie</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Important papers</source>
        <translation>Belangrijke papieren</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Practise an evening</source>
        <translation>Oefenavond</translation>
    </message>
    <message>
        <source>%1 of %2 parts of your plan are filled in. The Overview shows what is still missing.</source>
        <translation>%1 van de %2 onderdelen van je plan zijn ingevuld. In het Overzicht zie je wat nog ontbreekt.</translation>
    </message>
    <message>
        <source>Where do we meet?</source>
        <translation>Waar spreken we af?</translation>
    </message>
    <message>
        <source>Agree on four places where you meet if you cannot reach each other. Make sure everyone knows them, also the children.</source>
        <translation>Spreek vier plekken af waar je elkaar ziet als je elkaar niet kunt bereiken. Zorg dat iedereen ze kent, ook de kinderen.</translation>
    </message>
    <message>
        <source>Address, route or note</source>
        <translation>Adres, route of notitie</translation>
    </message>
    <message>
        <source>Contact person outside the area</source>
        <translation>Contactpersoon buiten de regio</translation>
    </message>
    <message>
        <source>Choose one person who lives further away. Everyone in the household calls or texts this person to say where they are. A text message often gets through when calling does not.</source>
        <translation>Kies één persoon die verder weg woont. Iedereen in huis belt of sms&apos;t deze persoon om te zeggen waar hij is. Een sms komt vaak nog aan als bellen niet lukt.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Where can we stay?</source>
        <translation>Waar kunnen we terecht?</translation>
    </message>
    <message>
        <source>Place to stay if we cannot go home</source>
        <translation>Plek om te slapen als we niet naar huis kunnen</translation>
    </message>
    <message>
        <source>Ask family or friends now whether you may stay with them, and whether pets can come too.</source>
        <translation>Vraag nu al aan familie of vrienden of je bij hen mag slapen, en of huisdieren mee mogen.</translation>
    </message>
    <message>
        <source>Last time we practised the plan</source>
        <translation>Laatste keer dat we het plan hebben geoefend</translation>
    </message>
    <message>
        <source>Practise once a year: walk to the meeting places and check the phone numbers.</source>
        <translation>Oefen één keer per jaar: loop naar de afspreekplekken en controleer de telefoonnummers.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation>Naam en adres</translation>
    </message>
    <message>
        <source>Who fetches the children?</source>
        <translation>Wie haalt de kinderen op?</translation>
    </message>
    <message>
        <source>For each child: who fetches them from school or childcare, and who goes if that person cannot. Tell the school too.</source>
        <translation>Spreek per kind af wie het ophaalt van school of opvang, en wie gaat als die persoon niet kan. Vertel het ook aan de school.</translation>
    </message>
    <message>
        <source>Add the next child</source>
        <translation>Volgend kind toevoegen</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Deze afspraak weghalen</translation>
    </message>
    <message>
        <source>Fetching this child</source>
        <translation>Dit kind ophalen</translation>
    </message>
    <message>
        <source>Who fetches first?</source>
        <translation>Wie haalt op?</translation>
    </message>
    <message>
        <source>Who goes if that person cannot?</source>
        <translation>Wie gaat als die persoon niet kan?</translation>
    </message>
    <message>
        <source>School or childcare, and notes</source>
        <translation>School of opvang, en notities</translation>
    </message>
    <message>
        <source>There are no children in your household. Add them on the Household page first.</source>
        <translation>Er zijn geen kinderen in je huishouden. Zet ze eerst op de pagina Huishouden.</translation>
    </message>
    <message>
        <source>Every child already has an agreement.</source>
        <translation>Voor elk kind is al iets afgesproken.</translation>
    </message>
    <message>
        <source>Who needs extra help, and who helps?</source>
        <translation>Wie heeft extra hulp nodig, en wie helpt?</translation>
    </message>
    <message>
        <source>Think of people in your home and close by: someone who cannot walk well, lives alone or needs power for a device. Agree who goes to them.</source>
        <translation>Denk aan mensen in huis en dichtbij: iemand die slecht loopt, alleen woont of stroom nodig heeft voor een apparaat. Spreek af wie naar hen toe gaat.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Iemand toevoegen</translation>
    </message>
    <message>
        <source>About this help</source>
        <translation>Over deze hulp</translation>
    </message>
    <message>
        <source>Who needs help?</source>
        <translation>Wie heeft hulp nodig?</translation>
    </message>
    <message>
        <source>Who helps?</source>
        <translation>Wie helpt?</translation>
    </message>
    <message>
        <source>What help is needed?</source>
        <translation>Welke hulp is nodig?</translation>
    </message>
    <message>
        <source>Who does what?</source>
        <translation>Wie doet wat?</translation>
    </message>
    <message>
        <source>Divide the tasks now, so nobody has to think about it when it happens.</source>
        <translation>Verdeel de taken nu. Dan hoeft niemand erover na te denken als het gebeurt.</translation>
    </message>
    <message>
        <source>Where are your passports, insurance papers and other important documents? Keep copies in your grab bag, and write down policy numbers.</source>
        <translation>Waar zijn je paspoorten, verzekeringspapieren en andere belangrijke documenten? Bewaar kopieën in je noodtas en schrijf de polisnummers op.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation>Dit document weghalen</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Over dit document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nieuw document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Passport, home insurance, …</source>
        <translation>Paspoort, inboedelverzekering, …</translation>
    </message>
    <message>
        <source>Where is the original?</source>
        <translation>Waar is het origineel?</translation>
    </message>
    <message>
        <source>Where is the copy?</source>
        <translation>Waar is de kopie?</translation>
    </message>
    <message>
        <source>Policy or document number</source>
        <translation>Polis- of documentnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>What do we do when…</source>
        <translation>Wat doen we als…</translation>
    </message>
    <message>
        <source>Write down in a few words what you agreed for each situation.</source>
        <translation>Schrijf in een paar woorden op wat jullie per situatie hebben afgesproken.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Weggehaald. Druk op Ctrl+Z om het terug te halen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The library has set the language on this computer.</source>
        <translation>De bibliotheek heeft de taal op deze computer vastgezet.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Gewoon contrast</translation>
    </message>
    <message>
        <source>High contrast: black on white, thick lines</source>
        <translation>Hoog contrast: zwart op wit, dikke lijnen</translation>
    </message>
    <message>
        <source>Until you choose here, Paraat follows the contrast setting of this computer.</source>
        <translation>Zolang je hier niets kiest, volgt Paraat de contrast-instelling van deze computer.</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <source>Nowhere: this is a public computer. Paraat keeps everything in memory and erases it when you close Paraat or leave it alone for a while. Paraat never sends anything over the internet.</source>
        <translation>Nergens: dit is een openbare computer. Paraat houdt alles alleen in het geheugen en wist het als je Paraat sluit of een tijdje niets doet. Paraat stuurt nooit iets over internet.</translation>
    </message>
    <message>
        <source>Everything you fill in is saved at once on this computer, in the folder above. Paraat never sends anything over the internet.</source>
        <translation>Alles wat je invult, wordt meteen bewaard op deze computer, in de map hierboven. Paraat stuurt nooit iets via internet.</translation>
    </message>
    <message>
        <source>Paraat runs portable: the folder above is next to the program, for example on your USB stick.</source>
        <translation>Paraat draait draagbaar: de map hierboven staat naast het programma, bijvoorbeeld op je USB-stick.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Al mijn gegevens wissen…</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Heeft hulp nodig</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>kJ</source>
        <translation>kJ</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>stuks</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>pakken</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Radio and information</source>
        <translation>Radio en informatie</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Persoonlijke map</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>Choose a place or a USB stick</source>
        <translation>Kies een plek of een USB-stick</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kijk in:</translation>
    </message>
    <message>
        <source>&amp;Up one folder</source>
        <translation>&amp;Map hoger</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Bestanden en mappen</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Bestandsnaam:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>Bestands&amp;soort:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Paraat does not remember where you save or what you open.</source>
        <translation>Paraat onthoudt niet waar je iets opslaat of wat je opent.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>Type a file name, or choose a file.</source>
        <translation>Typ een bestandsnaam, of kies een bestand.</translation>
    </message>
    <message>
        <source>There is no file with this name here.</source>
        <translation>Hier is geen bestand met deze naam.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Deze map bestaat niet.</translation>
    </message>
    <message>
        <source>Saving on this computer is not allowed here. Put in your USB stick and choose it under “Look in”.</source>
        <translation>Op deze computer mag je niets bewaren. Steek je USB-stick in de computer en kies hem bij „Kijk in”.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 bestaat al. Wil je het vervangen?</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pak</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <source>You have</source>
        <translation>Je hebt</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Nog nodig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Waar het vandaan komt</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>Shopping list for the emergency kit</source>
        <translation>Boodschappenlijst voor het noodpakket</translation>
    </message>
    <message>
        <source>Nothing is missing: your emergency kit is complete.</source>
        <translation>Er ontbreekt niets: je noodpakket is compleet.</translation>
    </message>
    <message>
        <source>To buy</source>
        <translation>Kopen</translation>
    </message>
    <message>
        <source>Your own things to buy</source>
        <translation>Je eigen boodschappen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(over de datum)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>In grab bag</source>
        <translation>In noodtas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Excel, Dutch (semicolons) (*.csv)</source>
        <translation>Excel, Nederlands (puntkomma&apos;s) (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV met komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Paraat</source>
        <translation>Paraat</translation>
    </message>
    <message>
        <source>Add contacts from a phone</source>
        <translation>Contacten van een telefoon toevoegen</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactbestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Take your plan with you, for example on a USB stick. Paraat on any other computer can open it again.</source>
        <translation>Neem je plan mee, bijvoorbeeld op een USB-stick. Paraat op een andere computer kan het weer openen.</translation>
    </message>
    <message>
        <source>Locked plan file</source>
        <translation>Planbestand op slot</translation>
    </message>
    <message>
        <source>Save as a locked plan file…</source>
        <translation>Bewaren als planbestand op slot…</translation>
    </message>
    <message>
        <source>Everything in Paraat in one file, locked with a password you choose. Without the password nobody can read it.</source>
        <translation>Alles uit Paraat in één bestand, op slot met een wachtwoord dat je zelf kiest. Zonder het wachtwoord kan niemand het lezen.</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Planbestand openen…</translation>
    </message>
    <message>
        <source>Opening a plan file replaces everything that is in Paraat now.</source>
        <translation>Een planbestand openen vervangt alles wat nu in Paraat staat.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Herstelblad afdrukken…</translation>
    </message>
    <message>
        <source>Your data in an open format</source>
        <translation>Je gegevens in een open formaat</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Bewaren als JSON…</translation>
    </message>
    <message>
        <source>All your data as a JSON file, for other programs. This file is not locked: anyone who has it can read it.</source>
        <translation>Al je gegevens in een JSON-bestand, voor andere programma&apos;s. Dit bestand is niet op slot: iedereen die het heeft, kan het lezen.</translation>
    </message>
    <message>
        <source>A page to write your password on by hand. Keep it at home, not with the USB stick.</source>
        <translation>Een blad om je wachtwoord met de hand op te schrijven. Bewaar het thuis, niet bij de USB-stick.</translation>
    </message>
    <message>
        <source>It is for %1, saved at %2.</source>
        <translation>Het hoort bij %1, bewaard op %2.</translation>
    </message>
    <message>
        <source>my-emergency-plan</source>
        <translation>mijn-noodplan</translation>
    </message>
    <message>
        <source>Save as a locked plan file</source>
        <translation>Bewaren als planbestand op slot</translation>
    </message>
    <message>
        <source>Paraat plan files (*.paraat)</source>
        <translation>Planbestanden van Paraat (*.paraat)</translation>
    </message>
    <message>
        <source>Locking the plan file…</source>
        <translation>Het planbestand gaat op slot…</translation>
    </message>
    <message>
        <source>Locked plan file saved: %1</source>
        <translation>Planbestand op slot bewaard: %1</translation>
    </message>
    <message>
        <source>Your plan is saved in %1.</source>
        <translation>Je plan is bewaard in %1.</translation>
    </message>
    <message>
        <source>Do you want to print a recovery sheet now, to write the password on?</source>
        <translation>Wil je nu een herstelblad afdrukken om het wachtwoord op te schrijven?</translation>
    </message>
    <message>
        <source>Paraat could not use the file %1: %2.</source>
        <translation>Paraat kon het bestand %1 niet gebruiken: %2.</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Planbestand openen</translation>
    </message>
    <message>
        <source>Paraat plan files (*.paraat);;All files (*)</source>
        <translation>Planbestanden van Paraat (*.paraat);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Opening the plan file…</source>
        <translation>Het planbestand gaat open…</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>It was saved on %1.</source>
        <translation>Het is bewaard op %1.</translation>
    </message>
    <message>
        <source>Do you want to replace everything in Paraat with the plan from %1?</source>
        <translation>Wil je alles in Paraat vervangen door het plan uit %1?</translation>
    </message>
    <message>
        <source>What is in Paraat now will be replaced. Ctrl+Z cannot undo this.</source>
        <translation>Wat nu in Paraat staat, wordt vervangen. Met Ctrl+Z kun je dit niet terugdraaien.</translation>
    </message>
    <message>
        <source>The plan from %1 is now in Paraat.</source>
        <translation>Het plan uit %1 staat nu in Paraat.</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Bewaren als JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Het bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 is bewaard.</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacten.vcf</translation>
    </message>
    <message>
        <source>Save contacts for a phone</source>
        <translation>Contacten opslaan voor een telefoon</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>Contactbestanden (*.vcf)</translation>
    </message>
    <message>
        <source>%1 contacts saved in %2. Open that file on your phone to add them.</source>
        <translation>%1 contacten opgeslagen in %2. Open dat bestand op je telefoon om ze toe te voegen.</translation>
    </message>
    <message>
        <source>Add contacts from %1</source>
        <translation>Contacten toevoegen uit %1</translation>
    </message>
    <message>
        <source>Tick the people you want in your emergency contacts.</source>
        <translation>Vink de mensen aan die je in je noodcontacten wilt hebben.</translation>
    </message>
    <message>
        <source>This file has many contacts, so none are ticked yet: pick the few that matter.</source>
        <translation>In dit bestand staan veel contacten. Daarom is nog niemand aangevinkt: kies de paar die belangrijk zijn.</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Contacten in het bestand</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>geen telefoonnummer</translation>
    </message>
    <message>
        <source>(already in Paraat)</source>
        <translation>(staat al in Paraat)</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <source>Cards that cannot be added</source>
        <translation>Kaarten die niet kunnen worden toegevoegd</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>kaart %1</translation>
    </message>
    <message>
        <source>These cards cannot be added:</source>
        <translation>Deze kaarten kunnen niet worden toegevoegd:</translation>
    </message>
    <message>
        <source>Add %1 contacts</source>
        <translation>%1 contacten toevoegen</translation>
    </message>
    <message>
        <source>%1 contacts added. Press Ctrl+Z to take them out again.</source>
        <translation>%1 contacten toegevoegd. Druk op Ctrl+Z om ze weer weg te halen.</translation>
    </message>
    <message>
        <source>Save the kit as a CSV file</source>
        <translation>Noodpakket opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>emergency-kit.csv</source>
        <translation>noodpakket.csv</translation>
    </message>
    <message>
        <source>%1 entries saved in %2.</source>
        <translation>%1 regels opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Save the shopping list</source>
        <translation>Boodschappenlijst opslaan</translation>
    </message>
    <message>
        <source>shopping-list.csv</source>
        <translation>boodschappenlijst.csv</translation>
    </message>
    <message>
        <source>Shopping list saved in %1.</source>
        <translation>Boodschappenlijst opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Save reminders for your calendar</source>
        <translation>Herinneringen opslaan voor je agenda</translation>
    </message>
    <message>
        <source>emergency-kit.ics</source>
        <translation>noodpakket.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <source>Reminders saved in %1. Open that file on your phone or computer to add them to your calendar.</source>
        <translation>Herinneringen opgeslagen in %1. Open dat bestand op je telefoon of computer om ze in je agenda te zetten.</translation>
    </message>
    <message>
        <source>Add supplies from a CSV file</source>
        <translation>Voorraad toevoegen uit een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>Nothing was added from %1.</source>
        <translation>Er is niets toegevoegd uit %1.</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Emergency kit checklist</source>
        <translation>Checklist noodpakket</translation>
    </message>
    <message>
        <source>Tick each item that is there and still good. Write down where it is and its best before date.</source>
        <translation>Zet een vinkje bij alles wat er is en nog goed is. Schrijf op waar het ligt en tot wanneer het goed is.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Houdbaar tot</translation>
    </message>
    <message>
        <source>You decided that you do not need these. They are not in the list above. Still true? If not, change it on the kit page.</source>
        <translation>Je hebt gezegd dat je deze dingen niet nodig hebt. Ze staan daarom niet in de lijst hierboven. Klopt dat nog? Zo niet, pas het aan bij Noodpakket.</translation>
    </message>
    <message>
        <source>Not needed for us</source>
        <translation>Niet nodig voor ons</translation>
    </message>
    <message>
        <source>Add supplies from %1</source>
        <translation>Voorraad toevoegen uit %1</translation>
    </message>
    <message>
        <source>%1 rows can be added.</source>
        <translation>%1 regels kunnen worden toegevoegd.</translation>
    </message>
    <message>
        <source>%1 rows have a problem and will be left out; fix them in the file and import it again if you need them.</source>
        <translation>%1 regels hebben een probleem en worden overgeslagen. Verbeter ze in het bestand en lees het opnieuw in als je ze nodig hebt.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemen in het bestand</translation>
    </message>
    <message>
        <source>Rows that will be added</source>
        <translation>Regels die worden toegevoegd</translation>
    </message>
    <message>
        <source>Add %1 rows</source>
        <translation>%1 regels toevoegen</translation>
    </message>
    <message>
        <source>%1 entries added. Press Ctrl+Z to take them out again.</source>
        <translation>%1 regels toegevoegd. Druk op Ctrl+Z om ze weer weg te halen.</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>Dier</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerst</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Wie heeft hulp nodig</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>How big do you want the letters?</source>
        <translation>Hoe groot wil je de letters?</translation>
    </message>
    <message>
        <source>Choose the size you read most easily. You see it at once. You can change it later under Settings, or with Ctrl and plus or minus.</source>
        <translation>Kies de grootte die je het makkelijkst leest. Je ziet het meteen. Later kun je het veranderen bij Instellingen, of met Ctrl en plus of min.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Black letters on white with sharp lines: easier to read when your eyes are tired or bad.</source>
        <translation>Zwarte letters op wit, met scherpe lijnen. Dat leest makkelijker als je ogen moe of slecht zijn.</translation>
    </message>
    <message>
        <source>Who lives in your house?</source>
        <translation>Wie wonen er in je huis?</translation>
    </message>
    <message>
        <source>Count everyone who sleeps in your house most nights. You can add names and details later.</source>
        <translation>Tel iedereen die de meeste nachten in je huis slaapt. Namen en andere dingen kun je later invullen.</translation>
    </message>
    <message>
        <source>Your first name (if you like)</source>
        <translation>Je voornaam (als je wilt)</translation>
    </message>
    <message>
        <source>Adults (18 to 64)</source>
        <translation>Volwassenen (18 tot en met 64)</translation>
    </message>
    <message>
        <source>People of 65 or older</source>
        <translation>Mensen van 65 of ouder</translation>
    </message>
    <message>
        <source>Children (2 to 17)</source>
        <translation>Kinderen (2 tot en met 17)</translation>
    </message>
    <message>
        <source>Babies (under 2)</source>
        <translation>Baby&apos;s (jonger dan 2)</translation>
    </message>
    <message>
        <source>Animals in the house</source>
        <translation>Dieren in huis</translation>
    </message>
    <message>
        <source>Dogs</source>
        <translation>Honden</translation>
    </message>
    <message>
        <source>Cats</source>
        <translation>Katten</translation>
    </message>
    <message>
        <source>Other animals</source>
        <translation>Andere dieren</translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation>Tel minstens één persoon.</translation>
    </message>
    <message>
        <source>Paraat has room for at most %1 people in one household.</source>
        <translation>Paraat heeft plaats voor maximaal %1 personen in één huishouden.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Waar woon je?</translation>
    </message>
    <message>
        <source>In %1 steps on your way</source>
        <translation>In %1 stappen op weg</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation>Stoppen?</translation>
    </message>
    <message>
        <source>Do you want to stop? Paraat keeps what you filled in. You can fill in the rest later on the pages of Paraat.</source>
        <translation>Wil je stoppen? Paraat bewaart wat je hebt ingevuld. De rest kun je later invullen op de pagina&apos;s van Paraat.</translation>
    </message>
    <message>
        <source>&amp;Keep and stop</source>
        <translation>&amp;Bewaar en stop</translation>
    </message>
    <message>
        <source>&amp;Go on filling in</source>
        <translation>&amp;Ga verder met invullen</translation>
    </message>
    <message>
        <source>A few questions make the kit list fit your household. Not sure? Choose &quot;%1&quot;: you can change every answer later under Household.</source>
        <translation>Met een paar vragen past de lijst voor je noodpakket bij je huishouden. Weet je het niet zeker? Kies &quot;%1&quot;: je kunt elk antwoord later veranderen bij Huishouden.</translation>
    </message>
    <message>
        <source>Example: this is how big the letters are in Paraat.</source>
        <translation>Voorbeeld: zo groot zijn de letters in Paraat.</translation>
    </message>
    <message>
        <source>In an emergency your regional broadcaster tells you what is going on, on FM radio, also when the power and the internet are down.</source>
        <translation>In een noodsituatie vertelt je regionale omroep via de FM-radio wat er aan de hand is. Ook als de stroom en het internet uitvallen.</translation>
    </message>
    <message>
        <source>Regional broadcaster</source>
        <translation>Regionale omroep</translation>
    </message>
    <message>
        <source>What does your kit need?</source>
        <translation>Wat heeft je noodpakket nodig?</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Klaar om te beginnen</translation>
    </message>
    <message>
        <source>The booklet asks you to take three steps: 1. make an emergency kit, 2. make an emergency plan, 3. talk with each other and help each other.</source>
        <translation>Het boekje vraagt je drie stappen te zetten: 1. maak een noodpakket, 2. maak een noodplan, 3. praat met elkaar en help elkaar.</translation>
    </message>
    <message>
        <source>The Overview shows what is still missing. Everything you fill in is saved at once; there is no Save button.</source>
        <translation>In het Overzicht zie je wat nog ontbreekt. Alles wat je invult, wordt meteen bewaard. Je hoeft nergens op Opslaan te klikken.</translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation>Volwassene %1</translation>
    </message>
    <message>
        <source>Person 65+ %1</source>
        <translation>Persoon 65+ %1</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Kind %1</translation>
    </message>
    <message>
        <source>Baby %1</source>
        <translation>Baby %1</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Kat</translation>
    </message>
    <message>
        <source>Other animal</source>
        <translation>Ander dier</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>An entry may be damaged: %1. Restore a backup, or check it.</source>
        <translation>Een gegeven is misschien beschadigd: %1. Zet een reservekopie terug of controleer het.</translation>
    </message>
    <message>
        <source>%1 entries may be damaged: %2. Restore a backup, or check them.</source>
        <translation>%1 gegevens zijn misschien beschadigd: %2. Zet een reservekopie terug of controleer ze.</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Naar reservekopieën</translation>
    </message>
    <message>
        <source>Close the notice about damaged entries</source>
        <translation>Sluit de melding over beschadigde gegevens</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>Laten zoals ze zijn</translation>
    </message>
    <message>
        <source>Paraat stops warning about these entries. Check them first.</source>
        <translation>Paraat waarschuwt dan niet meer over deze gegevens. Controleer ze eerst.</translation>
    </message>
    <message>
        <source>Your change could not be saved: %1</source>
        <translation>Je wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Paraat no longer warns about these entries.</source>
        <translation>Paraat waarschuwt niet meer over deze gegevens.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>No backup was made. Read the message at the top of the window.</source>
        <translation>Er is geen reservekopie gemaakt. Lees de melding bovenaan het venster.</translation>
    </message>
    <message>
        <source>The backup could not be put back: %1</source>
        <translation>De reservekopie kon niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Uitleg verbergen</translation>
    </message>
    <message>
        <source>Step 1: Make an emergency kit</source>
        <translation>Stap 1: Maak een noodpakket</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Wat je nodig hebt</translation>
    </message>
    <message>
        <source>What you have</source>
        <translation>Wat je hebt</translation>
    </message>
    <message>
        <source>Shopping list</source>
        <translation>Boodschappenlijst</translation>
    </message>
    <message>
        <source>Check and reminders</source>
        <translation>Controle en herinneringen</translation>
    </message>
    <message>
        <source>How long must your kit last?</source>
        <translation>Hoe lang moet je noodpakket genoeg zijn?</translation>
    </message>
    <message>
        <source>Your own number of days:</source>
        <translation>Zelf een aantal dagen kiezen:</translation>
    </message>
    <message>
        <source>Your own number of days</source>
        <translation>Zelf gekozen aantal dagen</translation>
    </message>
    <message>
        <source>Your kit, item by item</source>
        <translation>Je noodpakket, onderdeel voor onderdeel</translation>
    </message>
    <message>
        <source>Search the kit</source>
        <translation>Zoeken in het noodpakket</translation>
    </message>
    <message>
        <source>About this item</source>
        <translation>Over dit onderdeel</translation>
    </message>
    <message>
        <source>What you have of this</source>
        <translation>Wat je hiervan hebt</translation>
    </message>
    <message>
        <source>Add what you have, for example each pack you bought, with its date.</source>
        <translation>Zet erin wat je hebt, bijvoorbeeld elk pak dat je kocht, met de datum.</translation>
    </message>
    <message>
        <source>Add what you have</source>
        <translation>Toevoegen wat je hebt</translation>
    </message>
    <message>
        <source>Your own choice.</source>
        <translation>Je eigen keuze.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Needed after all</source>
        <translation>Toch nodig</translation>
    </message>
    <message>
        <source>Not needed for us…</source>
        <translation>Niet nodig voor ons…</translation>
    </message>
    <message>
        <source>Put this item back on your list.</source>
        <translation>Zet dit weer op je lijst.</translation>
    </message>
    <message>
        <source>Say that your household does not need this item, and why.</source>
        <translation>Zeg dat jullie dit niet nodig hebben, en waarom.</translation>
    </message>
    <message>
        <source>“%1” is back on your list. Press Ctrl+Z to undo.</source>
        <translation>“%1” staat weer op je lijst. Druk op Ctrl+Z om dit terug te draaien.</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Druk op Ctrl+Z om dit terug te draaien.</translation>
    </message>
    <message>
        <source>Search what you have</source>
        <translation>Zoeken in wat je hebt</translation>
    </message>
    <message>
        <source>Everything in your kit</source>
        <translation>Alles in je noodpakket</translation>
    </message>
    <message>
        <source>Everything you have, the first to go off at the top. Add your own things too, like spare hearing-aid batteries.</source>
        <translation>Alles wat je hebt. Wat het eerst over de datum gaat, staat bovenaan. Zet er ook je eigen spullen in, zoals extra batterijen voor een hoorapparaat.</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Eigen spullen toevoegen</translation>
    </message>
    <message>
        <source>Add from a CSV file…</source>
        <translation>Toevoegen uit een CSV-bestand…</translation>
    </message>
    <message>
        <source>Save as a CSV file…</source>
        <translation>Opslaan als CSV-bestand…</translation>
    </message>
    <message>
        <source>A CSV file opens in Excel or LibreOffice. You can fill in a list there and add it here in one go.</source>
        <translation>Een CSV-bestand opent in Excel of LibreOffice. Je kunt daar een lijst maken en die hier in één keer toevoegen.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>What you still need to get</source>
        <translation>Wat je nog moet halen</translation>
    </message>
    <message>
        <source>Build up your kit step by step; you do not need to buy it all at once. A ready-made kit from a shop is often expensive and not complete.</source>
        <translation>Bouw je noodpakket stap voor stap op: je hoeft niet alles in één keer te kopen. Een kant-en-klaar pakket uit de winkel is vaak duur en niet compleet.</translation>
    </message>
    <message>
        <source>Nothing is missing. Well done!</source>
        <translation>Er ontbreekt niets. Goed gedaan!</translation>
    </message>
    <message>
        <source>Save the shopping list…</source>
        <translation>Boodschappenlijst opslaan…</translation>
    </message>
    <message>
        <source>Check your kit every six months</source>
        <translation>Controleer je noodpakket elk half jaar</translation>
    </message>
    <message>
        <source>Start the check, step by step</source>
        <translation>Begin de controle, stap voor stap</translation>
    </message>
    <message>
        <source>Nothing is past its date, and nothing goes off in the next %1 days.</source>
        <translation>Niets is over de datum, en niets gaat de komende %1 dagen over de datum.</translation>
    </message>
    <message>
        <source>1 thing is past its date.</source>
        <translation>1 ding is over de datum.</translation>
    </message>
    <message>
        <source>%1 things are past their date.</source>
        <translation>%1 dingen zijn over de datum.</translation>
    </message>
    <message>
        <source>1 thing goes off within %2 days.</source>
        <translation>1 ding gaat binnen %2 dagen over de datum.</translation>
    </message>
    <message>
        <source>%1 things go off within %2 days.</source>
        <translation>%1 dingen gaan binnen %2 dagen over de datum.</translation>
    </message>
    <message>
        <source>past since %1</source>
        <translation>over de datum sinds %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Past its date or going off soon</source>
        <translation>Over de datum of bijna over de datum</translation>
    </message>
    <message>
        <source>Reminders in your own calendar</source>
        <translation>Herinneringen in je eigen agenda</translation>
    </message>
    <message>
        <source>Paraat only reminds you when it is open. Save a calendar file and open it on your phone or computer: then your calendar reminds you of the check, of fresh tap water and of every best-before date.</source>
        <translation>Paraat herinnert je alleen als het open staat. Sla een agendabestand op en open het op je telefoon of computer. Dan herinnert je agenda je aan de controle, aan vers kraanwater en aan elke houdbaarheidsdatum.</translation>
    </message>
    <message>
        <source>Save reminders for your calendar…</source>
        <translation>Herinneringen opslaan voor je agenda…</translation>
    </message>
    <message>
        <source>Thank you. Paraat will remind you of the next check.</source>
        <translation>Dank je. Paraat herinnert je aan de volgende controle.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Bronnen: %1</translation>
    </message>
    <message>
        <source>Your changes on this page are saved when you press Next. Cancel does not save them.</source>
        <translation>Je wijzigingen op deze pagina worden bewaard als je op Volgende drukt. Met Annuleren worden ze niet bewaard.</translation>
    </message>
    <message>
        <source>best before %1</source>
        <translation>houdbaar tot %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <source>%1 is correct</source>
        <translation>%1 klopt</translation>
    </message>
    <message>
        <source>How much:</source>
        <translation>Hoeveel:</translation>
    </message>
    <message>
        <source>How much %1</source>
        <translation>Hoeveel %1</translation>
    </message>
    <message>
        <source>Used up or gone: take it off the list</source>
        <translation>Op of weg: haal het van de lijst</translation>
    </message>
    <message>
        <source>%1 is used up or gone</source>
        <translation>%1 is op of weg</translation>
    </message>
    <message>
        <source>Buy new: put it on the shopping list</source>
        <translation>Koop nieuw: zet het op de boodschappenlijst</translation>
    </message>
    <message>
        <source>Buy new %1: put it on the shopping list</source>
        <translation>Koop nieuw %1: zet het op de boodschappenlijst</translation>
    </message>
    <message>
        <source>Nothing is kept here.</source>
        <translation>Hier ligt niets.</translation>
    </message>
    <message>
        <source>%1 works</source>
        <translation>%1 werkt</translation>
    </message>
    <message>
        <source>Meeting places</source>
        <translation>Ontmoetplekken</translation>
    </message>
    <message>
        <source>Enough for %1 days.</source>
        <translation>Genoeg voor %1 dagen.</translation>
    </message>
    <message>
        <source>Doses in the house:</source>
        <translation>Doses in huis:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>weet ik niet</translation>
    </message>
    <message>
        <source>Doses of %1 in the house</source>
        <translation>Doses %1 in huis</translation>
    </message>
    <message>
        <source>After the check, open Print so I can print my plan again</source>
        <translation>Open na de controle Printen, zodat ik mijn plan opnieuw kan printen</translation>
    </message>
    <message>
        <source>Finish the check</source>
        <translation>De controle afronden</translation>
    </message>
    <message>
        <source>Press Finish: Paraat notes that you checked your kit today (%1).</source>
        <translation>Druk op Voltooien: Paraat schrijft op dat je je noodpakket vandaag (%1) hebt gecontroleerd.</translation>
    </message>
    <message>
        <source>Then save the reminders for my calendar again</source>
        <translation>Sla daarna de herinneringen voor mijn agenda opnieuw op</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Half-yearly check</source>
        <translation>Halfjaarlijkse controle</translation>
    </message>
    <message>
        <source>The check has stopped. What you saved with Next stays saved; the check does not count yet.</source>
        <translation>De controle is gestopt. Wat je met Volgende hebt bewaard, blijft bewaard. De controle telt nog niet.</translation>
    </message>
    <message>
        <source>Use these first or replace them. If you decided to keep something, stop the reminders for it.</source>
        <translation>Gebruik deze eerst of vervang ze. Wil je iets toch houden? Zet dan de herinnering ervoor uit.</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Herinner me weer</translation>
    </message>
    <message>
        <source>Do not remind me again</source>
        <translation>Niet meer herinneren</translation>
    </message>
    <message>
        <source>1 person: %2.</source>
        <translation>1 persoon: %2.</translation>
    </message>
    <message>
        <source>1 of %2 parts of your plan is filled in. Do the next one now: it takes a few minutes.</source>
        <translation>1 van de %2 onderdelen van je plan is ingevuld. Doe nu de volgende: dat kost maar een paar minuten.</translation>
    </message>
    <message>
        <source>1 of %2 parts of your plan is filled in. The Overview shows what is still missing.</source>
        <translation>1 van de %2 onderdelen van je plan is ingevuld. In het Overzicht zie je wat nog ontbreekt.</translation>
    </message>
    <message>
        <source>Enough for 1 day.</source>
        <translation>Genoeg voor 1 dag.</translation>
    </message>
    <message>
        <source>Needed: %1 (%2).</source>
        <translation>Nodig: %1 (%2).</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1 keer</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 keer</translation>
    </message>
    <message>
        <source>About 1 hour</source>
        <translation>Ongeveer 1 uur</translation>
    </message>
    <message>
        <source>1 entry saved in %2.</source>
        <translation>1 regel opgeslagen in %2.</translation>
    </message>
    <message>
        <source>1 row can be added.</source>
        <translation>1 regel kan worden toegevoegd.</translation>
    </message>
    <message>
        <source>1 row has a problem and will be left out; fix it in the file and import it again if you need it.</source>
        <translation>1 regel heeft een probleem en wordt overgeslagen. Verbeter hem in het bestand en lees het opnieuw in als je hem nodig hebt.</translation>
    </message>
    <message>
        <source>Add 1 row</source>
        <translation>1 regel toevoegen</translation>
    </message>
    <message>
        <source>1 entry added. Press Ctrl+Z to take it out again.</source>
        <translation>1 regel toegevoegd. Druk op Ctrl+Z om hem weer weg te halen.</translation>
    </message>
    <message>
        <source>1 contact saved in %2. Open that file on your phone to add it.</source>
        <translation>1 contact opgeslagen in %2. Open dat bestand op je telefoon om het toe te voegen.</translation>
    </message>
    <message>
        <source>Add 1 contact</source>
        <translation>1 contact toevoegen</translation>
    </message>
    <message>
        <source>1 contact added. Press Ctrl+Z to take it out again.</source>
        <translation>1 contact toegevoegd. Druk op Ctrl+Z om het weer weg te halen.</translation>
    </message>
    <message>
        <source>The file holds %1, %2 and %3.</source>
        <translation>In het bestand staan %1, %2 en %3.</translation>
    </message>
    <message>
        <source>1 member of the household</source>
        <translation>1 huisgenoot</translation>
    </message>
    <message>
        <source>%1 members of the household</source>
        <translation>%1 huisgenoten</translation>
    </message>
    <message>
        <source>1 thing in the emergency kit</source>
        <translation>1 ding in het noodpakket</translation>
    </message>
    <message>
        <source>%1 things in the emergency kit</source>
        <translation>%1 dingen in het noodpakket</translation>
    </message>
    <message>
        <source>Saved %2 (1 page).</source>
        <translation>Opgeslagen: %2 (1 pagina).</translation>
    </message>
    <message>
        <source>Saved %2 (%1 pages).</source>
        <translation>Opgeslagen: %2 (%1 pagina&apos;s).</translation>
    </message>
    <message>
        <source>Paraat deleted 1 file. You start again with an empty household.</source>
        <translation>Paraat heeft 1 bestand verwijderd. Je begint opnieuw met een leeg huishouden.</translation>
    </message>
    <message>
        <source>Your household</source>
        <comment>nobody yet</comment>
        <translation>Je huishouden</translation>
    </message>
    <message>
        <source>Step 1: Your emergency kit</source>
        <comment>nobody yet</comment>
        <translation>Stap 1: Je noodpakket</translation>
    </message>
    <message>
        <source>Step 2: Your emergency plan</source>
        <comment>nobody yet</comment>
        <translation>Stap 2: Je noodplan</translation>
    </message>
    <message>
        <source>Where do you meet?</source>
        <comment>one person</comment>
        <translation>Waar spreek je af?</translation>
    </message>
    <message>
        <source>Where can you stay?</source>
        <comment>one person</comment>
        <translation>Waar kun je terecht?</translation>
    </message>
    <message>
        <source>Place to stay if you cannot go home</source>
        <comment>one person</comment>
        <translation>Plek om te slapen als je niet naar huis kunt</translation>
    </message>
    <message>
        <source>Last time you practised the plan</source>
        <comment>one person</comment>
        <translation>Laatste keer dat je het plan hebt geoefend</translation>
    </message>
    <message>
        <source>What do you do when…</source>
        <comment>one person</comment>
        <translation>Wat doe je als…</translation>
    </message>
    <message>
        <source>What you learned from practising</source>
        <comment>one person</comment>
        <translation>Wat je leerde van het oefenen</translation>
    </message>
    <message>
        <source>Has a spare key of your house</source>
        <comment>one person</comment>
        <translation>Heeft een reservesleutel van je huis</translation>
    </message>
    <message>
        <source>Where do you stay warm? When do you listen to the radio? When do you check on the neighbours?</source>
        <comment>one person</comment>
        <translation>Waar blijf je warm? Wanneer luister je naar de radio? Wanneer ga je bij de buren kijken?</translation>
    </message>
    <message>
        <source>Where is your stored water? How do you use the toilet?</source>
        <comment>one person</comment>
        <translation>Waar staat je water? Hoe gebruik je de wc?</translation>
    </message>
    <message>
        <source>What do you take? Where do you go, and how do you get there?</source>
        <comment>one person</comment>
        <translation>Wat neem je mee? Waar ga je heen, en hoe kom je daar?</translation>
    </message>
    <message>
        <source>Where and when do you meet if you cannot call? How do you pay without a bank card?</source>
        <comment>one person</comment>
        <translation>Waar en wanneer spreek je af als bellen niet lukt? Hoe betaal je zonder pinpas?</translation>
    </message>
    <message>
        <source>My emergency plan</source>
        <translation>Mijn noodplan</translation>
    </message>
    <message>
        <source>Where I meet others</source>
        <translation>Waar ik anderen tref</translation>
    </message>
    <message>
        <source>What I agreed</source>
        <translation>Wat ik heb afgesproken</translation>
    </message>
    <message>
        <source>Where I can stay</source>
        <translation>Waar ik kan verblijven</translation>
    </message>
    <message>
        <source>Not needed for me</source>
        <translation>Niet nodig voor mij</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>With the spare supplies it keeps working for at least 1 hour. Also fill in how long the battery lasts.</source>
        <translation>Met de reserve werkt het nog minstens 1 uur. Vul ook in hoe lang de accu werkt.</translation>
    </message>
    <message>
        <source>Your household</source>
        <comment>one person</comment>
        <translation>Jouw huishouden</translation>
    </message>
    <message>
        <source>Step 1: Your emergency kit</source>
        <comment>one person</comment>
        <translation>Stap 1: Je noodpakket</translation>
    </message>
    <message>
        <source>Step 2: Your emergency plan</source>
        <comment>one person</comment>
        <translation>Stap 2: Je noodplan</translation>
    </message>
    <message>
        <source>This is how the government expects a large power cut to go, hour by hour. Under each step: what it means for your household, from what you filled in.</source>
        <comment>one person</comment>
        <translation>Zo verwacht de overheid dat een grote stroomstoring verloopt, uur na uur. Onder elke stap staat wat het voor jou betekent, volgens wat je hebt ingevuld.</translation>
    </message>
    <message>
        <source>For your household:</source>
        <comment>one person</comment>
        <translation>Voor jou:</translation>
    </message>
    <message>
        <source>Not needed for us…</source>
        <comment>one person</comment>
        <translation>Niet nodig voor mij…</translation>
    </message>
    <message>
        <source>Say that your household does not need this item, and why.</source>
        <comment>one person</comment>
        <translation>Zeg dat je dit niet nodig hebt, en waarom.</translation>
    </message>
    <message>
        <source>Why do you not need “%1”?</source>
        <comment>one person</comment>
        <translation>Waarom heb je “%1” niet nodig?</translation>
    </message>
    <message>
        <source>Write down in a few words what you agreed for each situation.</source>
        <comment>one person</comment>
        <translation>Schrijf in een paar woorden op wat je per situatie hebt afgesproken.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>minder dan een uur</translation>
    </message>
    <message>
        <source>your water lasts %1</source>
        <translation>jullie water is genoeg voor %1</translation>
    </message>
    <message>
        <source>your water lasts %1</source>
        <comment>one person</comment>
        <translation>je water is genoeg voor %1</translation>
    </message>
    <message>
        <source>food %1</source>
        <translation>eten voor %1</translation>
    </message>
    <message>
        <source>light %1</source>
        <translation>licht voor %1</translation>
    </message>
    <message>
        <source>%1 for %2: enough for %3 (needed: %4)</source>
        <translation>%1 voor %2: genoeg voor %3 (nodig: %4)</translation>
    </message>
    <message>
        <source>Automatic, once a day</source>
        <translation>Automatisch, één keer per dag</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Voor het importeren</translation>
    </message>
    <message>
        <source>Before a backup was put back</source>
        <translation>Voor het terugzetten van een reservekopie</translation>
    </message>
    <message>
        <source>Before all data was replaced</source>
        <translation>Voor het vervangen van alle gegevens</translation>
    </message>
    <message>
        <source>Before all data was deleted</source>
        <translation>Voor het wissen van alle gegevens</translation>
    </message>
    <message>
        <source>Damaged: this backup cannot be put back.</source>
        <translation>Beschadigd: deze reservekopie kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacten</translation>
    </message>
    <message>
        <source>1 thing in the kit</source>
        <translation>1 ding in het noodpakket</translation>
    </message>
    <message>
        <source>%1 things in the kit</source>
        <translation>%1 dingen in het noodpakket</translation>
    </message>
    <message>
        <source>the new backup did not pass its check</source>
        <translation>de nieuwe reservekopie klopte niet bij de controle</translation>
    </message>
    <message>
        <source>there is a file where the backups folder should be</source>
        <translation>er staat een bestand op de plek van de map met reservekopieën</translation>
    </message>
    <message>
        <source>the backups folder is not there (is the disk or USB stick connected?)</source>
        <translation>de map met reservekopieën is er niet (zit de schijf of USB-stick erin?)</translation>
    </message>
    <message>
        <source>Paraat may not write in the backups folder</source>
        <translation>Paraat mag niet schrijven in de map met reservekopieën</translation>
    </message>
    <message>
        <source>something went wrong while writing</source>
        <translation>er ging iets mis bij het schrijven</translation>
    </message>
    <message>
        <source>Paraat could not make a backup: %1. Your data itself is saved. Paraat tries again next time.</source>
        <translation>Paraat kon geen reservekopie maken: %1. Je gegevens zelf zijn wel bewaard. Paraat probeert het de volgende keer opnieuw.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>What is in it</source>
        <translation>Wat erin staat</translation>
    </message>
    <message>
        <source>1 adult</source>
        <translation>1 volwassene</translation>
    </message>
    <message>
        <source>%1 adults</source>
        <translation>%1 volwassenen</translation>
    </message>
    <message>
        <source>1 person of 65 or older</source>
        <translation>1 persoon van 65 of ouder</translation>
    </message>
    <message>
        <source>%1 people of 65 or older</source>
        <translation>%1 personen van 65 of ouder</translation>
    </message>
    <message>
        <source>1 child</source>
        <translation>1 kind</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 kinderen</translation>
    </message>
    <message>
        <source>1 baby</source>
        <translation>1 baby</translation>
    </message>
    <message>
        <source>%1 babies</source>
        <translation>%1 baby&apos;s</translation>
    </message>
    <message>
        <source>1 animal</source>
        <translation>1 dier</translation>
    </message>
    <message>
        <source>%1 animals</source>
        <translation>%1 dieren</translation>
    </message>
    <message>
        <source>Not needed for us: %1</source>
        <translation>Niet nodig voor ons: %1</translation>
    </message>
    <message>
        <source>You always need water, food, baby food and medicines.</source>
        <translation>Water, eten, babyvoeding en medicijnen heb je altijd nodig.</translation>
    </message>
    <message>
        <source>It is not on your shopping list and does not count as missing.</source>
        <translation>Het staat niet op je boodschappenlijst en telt niet als ontbrekend.</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 per dag</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 per persoon</translation>
    </message>
    <message>
        <source>Must last %1: as long as your kit.</source>
        <translation>Moet %1 genoeg zijn: even lang als je noodpakket.</translation>
    </message>
    <message>
        <source>Only when needed: keep at least one dose in the house.</source>
        <translation>Alleen als het nodig is: houd minstens één keer in huis.</translation>
    </message>
    <message>
        <source>%1 for the whole household</source>
        <translation>%1 voor het hele huishouden</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Samen: %1</translation>
    </message>
    <message>
        <source>You have %1.</source>
        <translation>Je hebt %1.</translation>
    </message>
    <message>
        <source>%1 is past its date and does not count.</source>
        <translation>%1 is over de datum en telt niet mee.</translation>
    </message>
    <message>
        <source>The figure counts what you cannot do without first: water, food and daily medicines for your whole horizon, then light, radio, warmth and first aid, then the rest. Things past their date and things you marked &apos;not needed for us&apos; do not count. How much of each kind you have:</source>
        <comment>one person</comment>
        <translation>Het cijfer telt eerst wat je niet kunt missen: water, eten en medicijnen die je elke dag neemt, voor je hele termijn. Daarna licht, radio, warmte en EHBO. Daarna de rest. Dingen over de datum en dingen die je &apos;niet nodig voor mij&apos; hebt gegeven, tellen niet mee. Zoveel heb je van elke soort:</translation>
    </message>
    <message>
        <source>The figure counts what you cannot do without first: water, food and daily medicines for your whole horizon, then light, radio, warmth and first aid, then the rest. Things past their date and things you marked &apos;not needed for us&apos; do not count. How much of each kind you have:</source>
        <translation>Het cijfer telt eerst wat je niet kunt missen: water, eten en medicijnen die je elke dag neemt, voor je hele termijn. Daarna licht, radio, warmte en EHBO. Daarna de rest. Dingen over de datum en dingen die je &apos;niet nodig voor ons&apos; hebt gegeven, tellen niet mee. Zoveel heb je van elke soort:</translation>
    </message>
    <message>
        <source>Water: you have %1. Per day you need %2 (%4 per person, %5 per animal), so it lasts %3.</source>
        <translation>Water: je hebt %1. Per dag heb je %2 nodig (%4 per persoon, %5 per dier). Dat is genoeg voor %3.</translation>
    </message>
    <message>
        <source>Food: you have %1. Per day you need %2, so it lasts %3.</source>
        <translation>Eten: je hebt %1. Per dag heb je %2 nodig. Dat is genoeg voor %3.</translation>
    </message>
    <message>
        <source>Light: fill in how many hours your torch or candles give light, and Paraat adds them up.</source>
        <translation>Licht: vul in hoeveel uur je zaklamp of kaarsen licht geven, dan telt Paraat het op.</translation>
    </message>
    <message>
        <source>Light: the hours you filled in for torches, batteries and candles add up to %1.</source>
        <translation>Licht: de uren die je invulde voor zaklampen, batterijen en kaarsen zijn samen %1.</translation>
    </message>
    <message>
        <source>1 thing past its date</source>
        <translation>1 ding over de datum</translation>
    </message>
    <message>
        <source>%1 things past their date</source>
        <translation>%1 dingen over de datum</translation>
    </message>
    <message>
        <source>1 thing nearly past its date</source>
        <translation>1 ding bijna over de datum</translation>
    </message>
    <message>
        <source>%1 things nearly past their date</source>
        <translation>%1 dingen bijna over de datum</translation>
    </message>
    <message>
        <source>Emergency kit: %1.</source>
        <translation>Noodpakket: %1.</translation>
    </message>
    <message>
        <source>It is time for the half-yearly check of your kit.</source>
        <translation>Het is tijd voor de halfjaarlijkse controle van je noodpakket.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Laat zien</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Deze regel weghalen</translation>
    </message>
    <message>
        <source>About this entry</source>
        <translation>Over deze regel</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Waar ligt het?</translation>
    </message>
    <message>
        <source>For example: cellar, kitchen cupboard</source>
        <translation>Bijvoorbeeld: kelder, keukenkast</translation>
    </message>
    <message>
        <source>A day (31-12-2027) or just a month (12-2027). Leave empty if it does not go off.</source>
        <translation>Een dag (31-12-2027) of alleen een maand (12-2027). Laat leeg als het niet bederft.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy or mm-yyyy</source>
        <translation>dd-mm-jjjj of mm-jjjj</translation>
    </message>
    <message>
        <source>This is in the grab bag</source>
        <translation>Dit zit in de noodtas</translation>
    </message>
    <message>
        <source>Hours of light</source>
        <translation>Uren licht</translation>
    </message>
    <message>
        <source>Only for a torch, batteries or candles: how many hours it gives light. Paraat adds these up.</source>
        <translation>Alleen voor een zaklamp, batterijen of kaarsen: hoeveel uur het licht geeft. Paraat telt dit op.</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Onderdeel: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Read the booklet</source>
        <translation>Het boekje lezen</translation>
    </message>
    <message>
        <source>What if the power fails?</source>
        <translation>Wat als de stroom uitvalt?</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Eten</translation>
    </message>
    <message>
        <source>How long you can manage</source>
        <translation>Hoe lang houd je het vol?</translation>
    </message>
    <message>
        <source>Search in all chapters</source>
        <translation>Zoeken in alle hoofdstukken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <source>Print this chapter…</source>
        <translation>Dit hoofdstuk afdrukken…</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Niets gevonden. Probeer een ander woord.</translation>
    </message>
    <message>
        <source>This is how the government expects a large power cut to go, hour by hour. Under each step: what it means for your household, from what you filled in.</source>
        <translation>Zo verwacht de overheid dat een grote stroomstoring verloopt, uur na uur. Onder elke stap staat wat het betekent voor jullie huishouden, volgens wat je hebt ingevuld.</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Wat je nu doet:</translation>
    </message>
    <message>
        <source>For your household:</source>
        <translation>Voor jullie huishouden:</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Vul het in</translation>
    </message>
    <message>
        <source>Emergency folder</source>
        <translation>Noodmap</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>What is in this folder</source>
        <translation>Wat zit er in deze map?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Your whole plan on a few A4 pages: keep it with the booklet.</source>
        <translation>Je hele plan op een paar A4&apos;tjes. Bewaar het bij het boekje.</translation>
    </message>
    <message>
        <source>emergency-plan.pdf</source>
        <translation>noodplan.pdf</translation>
    </message>
    <message>
        <source>One page with what you need in the first hour. Hang it on the fridge.</source>
        <translation>Eén blad met wat je nodig hebt in het eerste uur. Hang het op de koelkast.</translation>
    </message>
    <message>
        <source>fridge-sheet.pdf</source>
        <translation>koelkastblad.pdf</translation>
    </message>
    <message>
        <source>A card for everyone in the house, the size of a bank card. Cut, fold and put it in your wallet.</source>
        <translation>Een kaart voor iedereen in huis, zo groot als een bankpas. Knip hem uit, vouw hem en stop hem in je portemonnee.</translation>
    </message>
    <message>
        <source>wallet-cards.pdf</source>
        <translation>portemonneekaarten.pdf</translation>
    </message>
    <message>
        <source>Kit checklist</source>
        <translation>Checklist noodpakket</translation>
    </message>
    <message>
        <source>Every item of your kit with tick boxes, for the half-yearly check.</source>
        <translation>Alles uit je noodpakket met vakjes om af te vinken, voor de controle elk half jaar.</translation>
    </message>
    <message>
        <source>kit-checklist.pdf</source>
        <translation>checklist-noodpakket.pdf</translation>
    </message>
    <message>
        <source>What your kit still needs. Take it to the shop.</source>
        <translation>Wat je noodpakket nog nodig heeft. Neem het mee naar de winkel.</translation>
    </message>
    <message>
        <source>shopping-list.pdf</source>
        <translation>boodschappenlijst.pdf</translation>
    </message>
    <message>
        <source>Practice evening</source>
        <translation>Oefenavond</translation>
    </message>
    <message>
        <source>The script for an evening without power, with room to write down what you learned.</source>
        <translation>Het draaiboek voor een avond zonder stroom, met ruimte om op te schrijven wat je leerde.</translation>
    </message>
    <message>
        <source>practice-evening.pdf</source>
        <translation>oefenavond.pdf</translation>
    </message>
    <message>
        <source>Power cut timeline</source>
        <translation>Tijdlijn stroomuitval</translation>
    </message>
    <message>
        <source>How long your water, food, medicines and devices last when the power fails, and what to do first.</source>
        <translation>Hoe lang je water, eten, medicijnen en apparaten het volhouden als de stroom uitvalt. En wat je eerst doet.</translation>
    </message>
    <message>
        <source>power-cut-timeline.pdf</source>
        <translation>tijdlijn-stroomuitval.pdf</translation>
    </message>
    <message>
        <source>Everyone&apos;s medicines, how many are in the house and how long they last. It is printed only with &apos;Medical details&apos; ticked.</source>
        <translation>De medicijnen van iedereen: hoeveel er in huis zijn en hoe lang ze genoeg zijn. De lijst wordt alleen afgedrukt als &apos;Medische gegevens&apos; aangevinkt is.</translation>
    </message>
    <message>
        <source>medicine-list.pdf</source>
        <translation>medicijnlijst.pdf</translation>
    </message>
    <message>
        <source>The chapters of the booklet you choose, to read when the power is out.</source>
        <translation>De hoofdstukken uit het boekje die je kiest. Om te lezen als de stroom uitvalt.</translation>
    </message>
    <message>
        <source>booklet-chapters.pdf</source>
        <translation>hoofdstukken-boekje.pdf</translation>
    </message>
    <message>
        <source>Medical details are private: only print the list if the people on it agree.</source>
        <translation>Medische gegevens zijn privé. Druk de lijst alleen af als de mensen erop dat goed vinden.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Het voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <source>When the power is out, paper is all you have. Print your plan and keep it with the booklet.</source>
        <translation>Als de stroom uitvalt, heb je alleen nog papier. Druk je plan af en bewaar het bij het boekje.</translation>
    </message>
    <message>
        <source>&amp;What do you want to print?</source>
        <translation>&amp;Wat wil je afdrukken?</translation>
    </message>
    <message>
        <source>Large letters</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <source>Medical details</source>
        <translation>Medische gegevens</translation>
    </message>
    <message>
        <source>Which chapters of the booklet do you want to add?</source>
        <translation>Welke hoofdstukken uit het boekje wil je erbij?</translation>
    </message>
    <message>
        <source>Medicines, allergies and devices that need power, on the cards and in the list of medicines. Medical details are private: only print them if the person agrees.</source>
        <translation>Medicijnen, allergieën en apparaten die stroom nodig hebben, op de portemonneekaarten en in de lijst met medicijnen. Medische gegevens zijn privé. Druk ze alleen af als de persoon dat goed vindt.</translation>
    </message>
    <message>
        <source>Everything for your emergency folder in one go: your plan, the cards, the lists and the chapters of the booklet you choose.</source>
        <translation>Alles voor je noodmap in één keer: je plan, de kaarten, de lijsten en de hoofdstukken uit het boekje die je kiest.</translation>
    </message>
    <message>
        <source>Medicines, allergies and devices that need power, on the cards. Medical details are private: only put them on the cards if the person agrees.</source>
        <translation>Medicijnen, allergieën en apparaten die stroom nodig hebben, op de portemonneekaarten. Medische gegevens zijn privé. Zet ze alleen op de kaarten als de persoon dat goed vindt.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Emergency folder (everything)</source>
        <translation>Noodmap (alles)</translation>
    </message>
    <message>
        <source>emergency-folder.pdf</source>
        <translation>noodmap.pdf</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Large preview…</source>
        <translation>Groot voorbeeld…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Something went wrong inside Paraat.</source>
        <translation>Er ging iets mis in Paraat.</translation>
    </message>
    <message>
        <source>What you can do:
• Everything you filled in before this is saved. Nothing is lost.
• Go on working, or close Paraat and start it again.
• If it keeps happening, print your plan on the Print page, so you have it on paper.</source>
        <translation>Wat je kunt doen:
• Alles wat je hiervoor invulde, is bewaard. Er is niets kwijt.
• Werk gewoon verder, of sluit Paraat en start het opnieuw.
• Gebeurt het vaker? Druk dan je plan af op de pagina Afdrukken. Dan heb je het op papier.</translation>
    </message>
    <message>
        <source>For someone who helps you: the details are in %1. That file holds no names or other personal details.</source>
        <translation>Voor iemand die je helpt: de details staan in %1. In dat bestand staan geen namen of andere persoonlijke gegevens.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <source>Recovery sheet for your plan file</source>
        <translation>Herstelblad voor je planbestand</translation>
    </message>
    <message>
        <source>This sheet belongs to a locked plan file made with Paraat. Keep it at home in a safe place, not with the USB stick.</source>
        <translation>Dit blad hoort bij een planbestand op slot, gemaakt met Paraat. Bewaar het thuis op een veilige plek, niet bij de USB-stick.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Naam van het bestand</translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation>Map of USB-stick</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Bewaard op</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <source>Write the password here by hand, letter for letter. Capital letters, spaces and numbers count.</source>
        <translation>Schrijf het wachtwoord hier met de hand op, letter voor letter. Hoofdletters, spaties en cijfers tellen mee.</translation>
    </message>
    <message>
        <source>How to open the file</source>
        <translation>Zo open je het bestand</translation>
    </message>
    <message>
        <source>Start Paraat on any computer.</source>
        <translation>Start Paraat op een computer.</translation>
    </message>
    <message>
        <source>Go to the page Take it home and choose: Open a plan file.</source>
        <translation>Ga naar de pagina Meenemen en kies: Planbestand openen.</translation>
    </message>
    <message>
        <source>Choose the file and type the password.</source>
        <translation>Kies het bestand en typ het wachtwoord.</translation>
    </message>
    <message>
        <source>If the password is lost</source>
        <translation>Als het wachtwoord kwijt is</translation>
    </message>
    <message>
        <source>Nobody can open the file without the password: not you, not the library, not the makers of Paraat. There is no back door.</source>
        <translation>Zonder het wachtwoord kan niemand het bestand openen: jij niet, de bibliotheek niet en de makers van Paraat ook niet. Er is geen achterdeur.</translation>
    </message>
    <message>
        <source>Use your printed plan, or make a new plan file on a computer where your plan still is.</source>
        <translation>Gebruik je afgedrukte plan, of maak een nieuw planbestand op een computer waar je plan nog op staat.</translation>
    </message>
    <message>
        <source>Has someone else seen this sheet? Then make a new plan file with a new password.</source>
        <translation>Heeft iemand anders dit blad gezien? Maak dan een nieuw planbestand met een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Toon reservekopieën</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Paraat is running without saving anything on this computer. No backups are kept here. When you close Paraat, what you filled in is gone.</source>
        <translation>Paraat bewaart nu niets op deze computer. Er worden hier geen reservekopieën gemaakt. Als je Paraat sluit, is alles wat je hebt ingevuld weg.</translation>
    </message>
    <message>
        <source>Paraat makes a backup of your data on each day you use it, and before every import. Paraat keeps one backup per day for a week, one per week for a month and one per month for a year. Older backups are removed by themselves.</source>
        <translation>Paraat maakt een reservekopie van je gegevens op elke dag dat je Paraat gebruikt, en vóór elke import. Paraat bewaart een week lang één kopie per dag, een maand lang één per week en een jaar lang één per maand. Oudere kopieën haalt Paraat zelf weg.</translation>
    </message>
    <message>
        <source>&amp;Backups on this computer</source>
        <translation>&amp;Reservekopieën op deze computer</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>Reservekopieën op deze computer</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Deze reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>Map met reservekopieën &amp;openen</translation>
    </message>
    <message>
        <source>The backups are in this folder:
%1</source>
        <translation>De reservekopieën staan in deze map:
%1</translation>
    </message>
    <message>
        <source>There is no backup yet. Paraat makes one on the first day you change something, and you can make one now with the button above.</source>
        <translation>Er is nog geen reservekopie. Paraat maakt er een op de eerste dag dat je iets verandert. Met de knop hierboven maak je er nu een.</translation>
    </message>
    <message>
        <source>A backup has been made.</source>
        <translation>Er is een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be put back. Choose another one.</source>
        <translation>Deze reservekopie is beschadigd en kan niet worden teruggezet. Kies een andere.</translation>
    </message>
    <message>
        <source>Put back the backup of %1?

What you have in Paraat now is replaced by what was in this backup. Paraat first makes a backup of what you have now, so you can go back to it.</source>
        <translation>De reservekopie van %1 terugzetten?

Wat nu in Paraat staat, wordt vervangen door wat in deze reservekopie staat. Paraat maakt eerst een reservekopie van wat er nu staat. Zo kun je daar later naar terug.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be put back. Nothing has changed.</source>
        <translation>Deze reservekopie is beschadigd en kan niet worden teruggezet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup of %1 is back. What you had just before is kept as a backup too.</source>
        <translation>De reservekopie van %1 is teruggezet. Wat je vlak daarvoor had, is ook als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>Paraat could not open the folder. It is here:
%1</source>
        <translation>Paraat kon de map niet openen. De map is hier:
%1</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Al mijn gegevens wissen</translation>
    </message>
    <message>
        <source>This deletes everything Paraat keeps on this computer, in %1: your household, kit, plan and contacts, the backups and the log. It cannot be undone.</source>
        <translation>Dit wist alles wat Paraat op deze computer bewaart, in %1: je huishouden, noodpakket, plan en contacten, de reservekopieën en het logboek. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Files you saved yourself (PDFs, CSV and vCard files, plan files on a USB stick) stay where you put them. Delete those yourself if you want.</source>
        <translation>Bestanden die je zelf hebt bewaard (PDF&apos;s, CSV- en vCard-bestanden, planbestanden op een USB-stick) blijven staan waar je ze hebt neergezet. Die kun je zelf weggooien als je wilt.</translation>
    </message>
    <message>
        <source>I understand: delete everything, for good</source>
        <translation>Ik begrijp het: wis alles, voorgoed</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>Al je gegevens wissen?</translation>
    </message>
    <message>
        <source>Paraat deleted %1 files. You start again with an empty household.</source>
        <translation>Paraat heeft %1 bestanden verwijderd. Je begint opnieuw met een leeg huishouden.</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>een ander programma gebruikt het</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>onbekende reden</translation>
    </message>
    <message>
        <source>These could not be deleted. Close other programs and try again, or delete them yourself:</source>
        <translation>Deze konden niet worden gewist. Sluit andere programma&apos;s en probeer het opnieuw, of wis ze zelf:</translation>
    </message>
    <message>
        <source>These are not Paraat&apos;s and were left alone:</source>
        <translation>Deze zijn niet van Paraat en zijn blijven staan:</translation>
    </message>
    <message>
        <source>Paraat cannot start a new household in this folder and closes now.</source>
        <translation>Paraat kan in deze map geen nieuw huishouden beginnen en sluit nu.</translation>
    </message>
    <message>
        <source>Everything is deleted</source>
        <translation>Alles is gewist</translation>
    </message>
    <message>
        <source>Not everything could be deleted</source>
        <translation>Niet alles kon worden gewist</translation>
    </message>
    <message>
        <source>In 1 second Paraat erases everything you filled in, so the next visitor cannot see it.</source>
        <translation>Over 1 seconde wist Paraat alles wat je hebt ingevuld. Dan kan de volgende bezoeker het niet zien.</translation>
    </message>
    <message>
        <source>In %1 seconds Paraat erases everything you filled in, so the next visitor cannot see it.</source>
        <translation>Over %1 seconden wist Paraat alles wat je hebt ingevuld. Dan kan de volgende bezoeker het niet zien.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message>
        <source>Yes, I&apos;ll continue</source>
        <translation>Ja, ik ga verder</translation>
    </message>
    <message>
        <source>No, erase everything now</source>
        <translation>Nee, wis alles nu</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, or %2 words.</source>
        <translation>Te kort: gebruik minstens %1 tekens, of %2 woorden.</translation>
    </message>
    <message>
        <source>Too easy to guess. Choose something else.</source>
        <translation>Te makkelijk te raden. Kies iets anders.</translation>
    </message>
    <message>
        <source>Good enough. Longer is even better.</source>
        <translation>Goed genoeg. Langer is nog beter.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Lock the plan file</source>
        <translation>Planbestand op slot doen</translation>
    </message>
    <message>
        <source>Open the plan file</source>
        <translation>Het planbestand openen</translation>
    </message>
    <message>
        <source>Choose a password for %1. Without it nobody can open the file: not you, not the library, not the makers of Paraat.</source>
        <translation>Kies een wachtwoord voor %1. Zonder wachtwoord kan niemand het bestand openen: jij niet, de bibliotheek niet en de makers van Paraat ook niet.</translation>
    </message>
    <message>
        <source>Type the password of %1.</source>
        <translation>Typ het wachtwoord van %1.</translation>
    </message>
    <message>
        <source>Use at least %1 characters, or %2 words with spaces between them, for example: tulip bicycle rain lamp. Do not use a password you use anywhere else.</source>
        <translation>Gebruik minstens %1 tekens, of %2 woorden met spaties ertussen, bijvoorbeeld: tulp fiets regen lamp. Gebruik geen wachtwoord dat je ergens anders ook gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Type the password &amp;again</source>
        <translation>Typ het wachtwoord &amp;nog een keer</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Wachtwoord &amp;laten zien</translation>
    </message>
    <message>
        <source>Lock and save</source>
        <translation>Op slot en bewaren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Public computer of %1</source>
        <translation>Openbare computer van %1</translation>
    </message>
    <message>
        <source>Public computer</source>
        <translation>Openbare computer</translation>
    </message>
    <message>
        <source>when you close Paraat, or after 1 minute without use</source>
        <translation>als je Paraat sluit, of als je 1 minuut niets doet</translation>
    </message>
    <message>
        <source>when you close Paraat, or after %1 minutes without use</source>
        <translation>als je Paraat sluit, of als je %1 minuten niets doet</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer: everything you fill in is erased %1. To take your plan home, print it or save the locked plan file on your USB stick.</source>
        <translation>Op deze computer blijft niets bewaard. Alles wat je invult wordt gewist %1. Wil je je plan mee naar huis nemen? Druk het af, of zet het planbestand op slot op je USB-stick.</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Erase everything you filled in now?</source>
        <translation>Nu alles wissen wat je hebt ingevuld?</translation>
    </message>
    <message>
        <source>Did you print your plan or save it on your USB stick? After erasing, nothing can be brought back.</source>
        <translation>Heb je je plan afgedrukt of op je USB-stick gezet? Na het wissen kun je niets meer terughalen.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Take your plan home</source>
        <translation>Plan meenemen</translation>
    </message>
    <message>
        <source>I&apos;m done — erase everything</source>
        <translation>Ik ben klaar — alles wissen</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer.</source>
        <translation>Op deze computer blijft niets bewaard.</translation>
    </message>
    <message>
        <source>Everything is erased. Paraat is empty again for the next visitor.</source>
        <translation>Alles is gewist. Paraat is weer leeg voor de volgende bezoeker.</translation>
    </message>
    <message>
        <source>This cannot be undone: it has been changed elsewhere in the meantime.</source>
        <translation>Dit kan niet ongedaan worden gemaakt: het is intussen ergens anders veranderd.</translation>
    </message>
    <message>
        <source>This cannot be redone: it has been changed elsewhere in the meantime.</source>
        <translation>Dit kan niet opnieuw worden gedaan: het is intussen ergens anders veranderd.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Wie doen er mee</translation>
    </message>
    <message>
        <source>We do not have a car</source>
        <translation>We hebben geen auto</translation>
    </message>
    <message>
        <source>Nobody here has periods</source>
        <translation>Niemand bij ons wordt ongesteld</translation>
    </message>
    <message>
        <source>Our child no longer wears nappies</source>
        <translation>Ons kind draagt geen luiers meer</translation>
    </message>
    <message>
        <source>We already have this in another way</source>
        <translation>We hebben dit al op een andere manier</translation>
    </message>
    <message>
        <source>It does not suit us</source>
        <translation>Past niet bij ons</translation>
    </message>
    <message>
        <source>Why do you not need “%1”?</source>
        <translation>Waarom hebben jullie “%1” niet nodig?</translation>
    </message>
    <message>
        <source>It stays in the list in grey, with your reason. It is not on the shopping list and does not count as missing. “Needed after all” puts it back.</source>
        <translation>Het blijft grijs in de lijst staan, met je reden. Het staat niet op de boodschappenlijst en telt niet als ontbrekend. Met “Toch nodig” zet je het terug.</translation>
    </message>
    <message>
        <source>Something else:</source>
        <translation>Iets anders:</translation>
    </message>
    <message>
        <source>Your own reason</source>
        <translation>Je eigen reden</translation>
    </message>
    <message>
        <source>Things that are not in the kit list but that you want to buy, for example after the practice evening or the check.</source>
        <translation>Dingen die niet in de lijst van het noodpakket staan, maar die je wel wilt kopen. Bijvoorbeeld na de oefenavond of de controle.</translation>
    </message>
    <message>
        <source>Nothing on your own list.</source>
        <translation>Er staat niets op je eigen lijst.</translation>
    </message>
    <message>
        <source>Bought: take it off the list</source>
        <translation>Gekocht: haal het van de lijst</translation>
    </message>
    <message>
        <source>Put something on your own list</source>
        <translation>Zet iets op je eigen lijst</translation>
    </message>
    <message>
        <source>&amp;What do you want to buy?</source>
        <translation>&amp;Wat wil je kopen?</translation>
    </message>
    <message>
        <source>For example: head torches</source>
        <translation>Bijvoorbeeld: hoofdlampjes</translation>
    </message>
    <message>
        <source>&amp;Note (you may leave this empty)</source>
        <translation>&amp;Opmerking (mag leeg blijven)</translation>
    </message>
    <message>
        <source>For example: one for each person</source>
        <translation>Bijvoorbeeld: één per persoon</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>Zet op de lijst</translation>
    </message>
    <message>
        <source>“%1” is on your shopping list.</source>
        <translation>“%1” staat op je boodschappenlijst.</translation>
    </message>
    <message>
        <source>Taken off the list. Press Ctrl+Z to bring it back.</source>
        <translation>Van de lijst gehaald. Druk op Ctrl+Z om het terug te zetten.</translation>
    </message>
    <message>
        <source>Print the script…</source>
        <translation>Print het draaiboek…</translation>
    </message>
    <message>
        <source>You can also save it as a PDF on the Print page.</source>
        <translation>Op de pagina Afdrukken kun je het ook als pdf bewaren.</translation>
    </message>
    <message>
        <source>Afterwards: three questions</source>
        <translation>Na afloop: drie vragen</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Bewaar de antwoorden</translation>
    </message>
    <message>
        <source>What we learned from practising</source>
        <translation>Wat we leerden van het oefenen</translation>
    </message>
    <message>
        <source>The answers you saved are added here, with the date. You can change them.</source>
        <translation>De antwoorden die je bewaart, komen hier, met de datum. Je kunt ze veranderen.</translation>
    </message>
    <message>
        <source>You last practised on %1.</source>
        <translation>Je hebt voor het laatst geoefend op %1.</translation>
    </message>
    <message>
        <source>You have not practised yet.</source>
        <translation>Je hebt nog niet geoefend.</translation>
    </message>
    <message>
        <source>Your answers were not saved: %1</source>
        <translation>Je antwoorden zijn niet bewaard: %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved. They are still here; try again.</source>
        <translation>Je antwoorden konden niet worden bewaard. Ze staan er nog; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Things added to your shopping list: %1.</source>
        <translation>Op je boodschappenlijst gezet: %1.</translation>
    </message>
    <message>
        <source>Your notes are in your plan, below.</source>
        <translation>Je aantekeningen staan in je plan, hieronder.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>stand: %1</translation>
    </message>
    <message>
        <source>Type the first letters and choose your municipality from the list. Paraat then fills in your safety region and your regional broadcaster.</source>
        <translation>Typ de eerste letters en kies je gemeente uit de lijst. Dan vult Paraat je veiligheidsregio en je regionale omroep in.</translation>
    </message>
    <message>
        <source>There are %1 municipalities that fit: %2. Choose yours from the list.</source>
        <translation>Er zijn %1 gemeenten die passen: %2. Kies jouw gemeente uit de lijst.</translation>
    </message>
    <message>
        <source>This municipality is not in Paraat&apos;s list (%1).</source>
        <translation>Deze gemeente staat niet in de lijst van Paraat (%1).</translation>
    </message>
    <message>
        <source>Choose your safety region and your regional broadcaster yourself.</source>
        <translation>Kies zelf je veiligheidsregio en je regionale omroep.</translation>
    </message>
    <message>
        <source>%1 is in safety region %2.</source>
        <translation>%1 hoort bij veiligheidsregio %2.</translation>
    </message>
    <message>
        <source>List of municipalities (%1).</source>
        <translation>Lijst van gemeenten (%1).</translation>
    </message>
    <message>
        <source>Did you mean %1? Then choose it from the list. If not, choose your safety region and your regional broadcaster yourself.</source>
        <translation>Bedoel je %1? Kies die dan uit de lijst. Zo niet, kies dan zelf je veiligheidsregio en je regionale omroep.</translation>
    </message>
    <message>
        <source>In a disaster, listen to %1.</source>
        <translation>Bij een ramp luister je naar %1.</translation>
    </message>
    <message>
        <source>(Derived from the province.)</source>
        <translation>(Afgeleid via de provincie.)</translation>
    </message>
    <message>
        <source>This is not confirmed: check on %1 which broadcaster covers your municipality.</source>
        <translation>Dit is niet zeker. Kijk op %1 welke omroep bij jouw gemeente hoort.</translation>
    </message>
    <message>
        <source>Look up the frequency on %1 and fill it in.</source>
        <translation>Zoek de frequentie op %1 en vul hem in.</translation>
    </message>
    <message>
        <source>Source: %1, %2.</source>
        <translation>Bron: %1, %2.</translation>
    </message>
    <message>
        <source>Source: %1 (no date given).</source>
        <translation>Bron: %1 (zonder datum).</translation>
    </message>
    <message>
        <source>You filled in this frequency yourself.</source>
        <translation>Deze frequentie heb je zelf ingevuld.</translation>
    </message>
    <message>
        <source>During a power cut you cannot look it up.</source>
        <translation>Als de stroom uitvalt, kun je niets meer opzoeken.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>Known for your region: %1.</source>
        <translation>Bekend voor jouw regio: %1.</translation>
    </message>
    <message>
        <source>Choose municipality</source>
        <translation>Gemeente kiezen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>open</source>
        <comment>section</comment>
        <translation>geopend</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>The medicine list is not printed: it holds medical details. To print it, tick &apos;Medical details&apos; on the Print page.</source>
        <translation>De medicijnlijst is niet geprint. Er staan medische gegevens op. Wil je hem toch printen? Zet dan een vinkje bij &apos;Medische gegevens&apos; op de pagina Afdrukken.</translation>
    </message>
    <message>
        <source>Medicine list</source>
        <translation>Medicijnlijst</translation>
    </message>
    <message>
        <source>No medicines filled in. Add them on the Household page, or write them here.</source>
        <translation>Er zijn geen medicijnen ingevuld. Zet ze erbij op de pagina Huishouden, of schrijf ze hier op.</translation>
    </message>
    <message>
        <source>Medicine and how often</source>
        <translation>Medicijn en hoe vaak</translation>
    </message>
    <message>
        <source>In the house (doses)</source>
        <translation>In huis (doses)</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Genoeg voor</translation>
    </message>
    <message>
        <source>When the fridge is off</source>
        <translation>Als de koelkast uit is</translation>
    </message>
    <message>
        <source>%1 (chapter ‘%2’)</source>
        <translation>%1 (hoofdstuk ‘%2’)</translation>
    </message>
    <message>
        <source>Booklet chapters</source>
        <translation>Hoofdstukken uit het boekje</translation>
    </message>
    <message>
        <source>No chapters chosen. Choose them on the Print page.</source>
        <translation>Je hebt geen hoofdstukken gekozen. Kies ze op de pagina Afdrukken.</translation>
    </message>
    <message>
        <source>A card to give to this neighbour. Choose what is on it.</source>
        <translation>Een kaart om aan deze buren te geven. Kies wat erop staat.</translation>
    </message>
    <message>
        <source>You choose what the neighbours know about you. Ask everyone at home if it is all right.</source>
        <translation>Je kiest zelf wat de buren van je weten. Vraag ieder in huis of het goed is.</translation>
    </message>
    <message>
        <source>Print the neighbour card…</source>
        <translation>Buurtkaart afdrukken…</translation>
    </message>
    <message>
        <source>Save the neighbour card as PDF…</source>
        <translation>Buurtkaart opslaan als PDF…</translation>
    </message>
    <message>
        <source>Neighbour card: %1</source>
        <translation>Buurtkaart: %1</translation>
    </message>
    <message>
        <source>On the card you give to %1.</source>
        <translation>Op de kaart die je aan %1 geeft.</translation>
    </message>
    <message>
        <source>First choose what may be on the card.</source>
        <translation>Kies eerst wat er op de kaart mag staan.</translation>
    </message>
    <message>
        <source>Neighbour card %1.pdf</source>
        <translation>Buurtkaart %1.pdf</translation>
    </message>
    <message>
        <source>Fridge sheet (%1)</source>
        <translation>Koelkastblad (%1)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
</TS>
