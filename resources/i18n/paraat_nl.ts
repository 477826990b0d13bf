<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Something went wrong inside Paraat. What you filled in before this is saved. If it happens again, restart Paraat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraat cannot save your data in this folder:

%1

Reason: %2

Choose another folder with --data-dir, or ask someone to give you permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with your data is damaged or is not a Paraat file:

%1

Paraat has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who lives in the house?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add everyone who lives here. Write down what each person needs in an emergency: medicines, devices that need power, help with walking, seeing or hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which medicines must this person always have? Write how many days the supply must last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical devices that need power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example oxygen, a home dialysis machine or an electric bed. Talk with your doctor about what to do during a power cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with walking or moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a walker, a wheelchair, cannot use stairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with seeing or hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a hearing aid with batteries, glasses, a white cane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example no salt, vegetarian, baby food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which languages does this person speak and understand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does this person help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tablet in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the supply must last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your pharmacy for a spare supply. Many guides advise at least 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets need water and food too: about half a litre of water per animal per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dog, cat, rabbit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food, medicines, where the animal can stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your municipality&apos;s website says which safety region you live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional broadcaster (emergency radio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency your regional broadcaster keeps you informed on FM radio, also without power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the main water tap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the gas valve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the meter box?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the fire extinguisher?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes about the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters, you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains invisible control characters. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a number, for example 93.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the date as day-month-year, for example 31-12-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pick one of the choices in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is room for at most %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby (under 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child (2 to 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central heating on gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood or pellet stove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the FM frequency for your area on denkvooruit.nl/radio or on the broadcaster&apos;s website, and write it here now: during a power cut you cannot look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known frequencies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safest room, if you must stay inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a tree or a corner you all know, if you must leave the house quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot go back to your street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the whole town must leave: family or friends further away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who turns off the gas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who turns off the water?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who turns off the power?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the pets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the grab bag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checks on the neighbours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do we stay warm? Who listens to the radio? When do we check on the neighbours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is our stored water? How do we use the toilet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation or flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we take? Where do we go, and how do we get there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the siren sounds or NL-Alert says so: windows and doors shut, ventilation off, radio on. Who does what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs extra water and a cool room? Who checks on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when do we meet if we cannot call? How do we pay without a bank card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who live in your house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your regional broadcaster (the emergency radio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the FM frequency of your regional broadcaster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down where the main water tap is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down where the gas valve is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down where the meter box is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps %1 in an emergency?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact person outside the area, with a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree where you can stay if you cannot go home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fetches %1 from school or childcare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fetches %1 if the first person cannot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down where your important papers are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting place: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an agreement for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of your plan is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts of your plan are filled in. Do the next one now: it takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is complete. Print it and talk it through with everyone in the house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: Make an emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts of your plan are filled in. The Overview shows what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do we meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on four places where you meet if you cannot reach each other. Make sure everyone knows them, also the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, route or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person outside the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one person who lives further away. Everyone in the household calls or texts this person to say where they are. A text message often gets through when calling does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where can we stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place to stay if we cannot go home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask family or friends now whether you may stay with them, and whether pets can come too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time we practised the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise once a year: walk to the meeting places and check the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fetches the children?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each child: who fetches them from school or childcare, and who goes if that person cannot. Tell the school too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fetches first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes if that person cannot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or childcare, and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no children in your household. Add them on the Household page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child already has an agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs extra help, and who helps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think of people in your home and close by: someone who cannot walk well, lives alone or needs power for a device. Agree who goes to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help is needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide the tasks now, so nobody has to think about it when it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are your passports, insurance papers and other important documents? Keep copies in your grab bag, and write down policy numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport, home insurance, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the original?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we do when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down in a few words what you agreed for each situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you fill in is saved at once on this computer, in the folder above. Paraat never sends anything over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: Who lives in your house?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count everyone who sleeps in your house most nights. You can add names and details later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults (18 to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of 65 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (2 to 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Babies (under 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animals in the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraat has room for at most %1 people in one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency your regional broadcaster tells you what is going on, on FM radio, also when the power and the internet are down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booklet asks you to take three steps: 1. make an emergency kit, 2. make an emergency plan, 3. talk with each other and help each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Overview shows what is still missing. Everything you fill in is saved at once; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraat: in 3 steps on your way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person 65+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other animal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
