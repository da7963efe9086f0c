package io.newsdesk.bench;

/** A newsroom beat: its section, headlines, ledes, sentences, officials and organisations. */
enum Beat {
    COURTS("courts",
            new String[] {
                "{subjectName} sentenced to {years} years in {city} {charge} case",
                "Jury convicts {subjectName} after {few}-week trial",
                "Judge delays ruling in {county} {charge} case",
                "Appeals court orders new hearing for {subjectName}",
                "Prosecutors drop two counts against {subjectName}"},
            new String[] {
                "A {county} judge on {weekday} sentenced {subject} to {years} years in prison for {charge}, closing a case that began with a traffic stop in {city} in {year}.",
                "{subject} was convicted on {weekday} of {charge} after a jury in {city} deliberated for {few} days.",
                "A federal judge in {city} has postponed the sentencing of {subject}, who pleaded guilty in {date} to {charge}."},
            new String[] {
                "The case, {caseNo}, drew dozens of spectators to the courthouse on {street}.",
                "Prosecutors said {subject} moved at least {money} through shell companies registered in {state}.",
                "Defense attorneys argued that the search of the apartment on {street} violated the Fourth Amendment.",
                "{official} told jurors that the evidence was \"overwhelming and consistent from the first day.\"",
                "The jury of seven women and five men returned its verdict shortly after {time}.",
                "Under state guidelines, {subject} could have faced up to {years} years.",
                "{subject} will be eligible for parole after serving {pct} of the sentence, according to court records.",
                "The judge also ordered restitution of {smallMoney} to the victims' families.",
                "An appeal is expected to be filed with the {state} Court of Appeals within {few} weeks.",
                "Court filings show that the investigation involved the {agency} and local detectives."},
            new String[] {"District Attorney", "Assistant District Attorney", "Judge", "U.S. Attorney", "Public Defender"},
            new String[] {"the district attorney's office", "the county public defender's office", "the state Supreme Court"}),
    POLICE("crime",
            new String[] {
                "Police arrest {few} in {city} {charge} investigation",
                "{county} deputies seize {money} in drugs after traffic stop",
                "Shooting on {street} leaves one dead, {few} injured",
                "Investigators search for suspect in {city} robberies",
                "{agency} joins inquiry into {city} fraud ring"},
            new String[] {
                "Police in {city} arrested {subject} on {weekday} in connection with {charge}, authorities said.",
                "One person was killed and {few} others were wounded in a shooting on {street} in {city} late on {weekday}, police said.",
                "Detectives in {county} say a months-long investigation into {charge} led them to a warehouse on {street}."},
            new String[] {
                "Officers responded to a call at about {time} and found {few} people with gunshot wounds.",
                "Investigators recovered {count} pounds of fentanyl and {smallMoney} in cash, according to a criminal complaint.",
                "{subject} was booked into the {county} jail and is being held on a bond of {smallMoney}.",
                "{official} said the department had received {count} calls about the address in the past year.",
                "The suspects face charges including {charge} and conspiracy, according to the complaint.",
                "Violent crime in {city} fell {pct} last year, according to figures released by the department.",
                "Neighbors on {street} said they heard what sounded like fireworks before the sirens started.",
                "Anyone with information is asked to call the department's tip line; callers may remain anonymous.",
                "The {agency} said it was assisting local police but declined to comment further.",
                "Body camera footage of the arrest will be released within {few} days, the department said."},
            new String[] {"Police Chief", "Sheriff", "Detective", "Lt.", "Sgt."},
            new String[] {"the police department", "the sheriff's office", "the state police"}),
    CITY_HALL("city hall",
            new String[] {
                "{city} council approves {money} budget",
                "Mayor proposes property tax cut for {city} homeowners",
                "{city} to spend {money} on road repairs",
                "Council delays vote on {city} housing plan",
                "Transit fares in {city} to rise {pct}"},
            new String[] {
                "The {city} City Council voted {few} to {few} on {weekday} to approve a {money} budget for the coming fiscal year.",
                "{city} officials unveiled a plan on {weekday} to build {count} affordable apartments near {street}.",
                "The mayor of {city} asked the council on {weekday} for {money} to repair roads and bridges."},
            new String[] {
                "The budget includes {money} for public safety, an increase of {pct} over last year.",
                "{official} said the city had cut {count} vacant positions to close a gap of {money}.",
                "Residents packed the council chamber for a hearing that lasted past {time}.",
                "The plan would be paid for with bonds and a {pct} increase in the hotel tax.",
                "Critics said the proposal did little for renters, who make up {pct} of households in {city}.",
                "The council is expected to take a final vote on {date}.",
                "A city audit released in {year} found that {count} contracts had been awarded without competitive bids.",
                "{resident} told the council that rents on the block had doubled in {few} years.",
                "Property owners would save an average of {smallMoney} a year under the proposal.",
                "The state legislature in {state} must still approve part of the financing."},
            new String[] {"Mayor", "Councilmember", "City Manager", "Budget Director", "Council President"},
            new String[] {"the city council", "the planning commission", "the transit authority"}),
    BUSINESS("business",
            new String[] {
                "{org} profit falls {pct} as costs climb",
                "{org} to cut {count} jobs in {state}",
                "{city} factory to close after {years} years",
                "Shares of {org} jump after earnings beat",
                "{org} agrees to pay {money} to settle lawsuit"},
            new String[] {
                "{org} said on {weekday} that quarterly profit fell {pct} to {money}, as higher shipping costs ate into margins.",
                "{org} will cut {count} jobs at its plant in {city}, {state}, the company said on {weekday}.",
                "Shares of {org} rose {pct} in early trading on {weekday} after the company reported revenue of {money}."},
            new String[] {
                "Revenue for the quarter was {money}, compared with {money} a year earlier.",
                "{official} told analysts on a conference call that demand had \"stabilized but not recovered.\"",
                "The company employs about {count} people in {state} and more than {count} hundred worldwide.",
                "Analysts surveyed by {outlet} had expected earnings of {smallMoney} per share.",
                "The settlement resolves claims that the company misled investors between {year} and {year}.",
                "{expert} said the cuts reflected a broader slowdown in manufacturing.",
                "The company said it would take a charge of {money} related to the restructuring.",
                "Union leaders in {city} said they had not been told of the closing in advance.",
                "Inventory levels rose {pct} during the quarter, according to the filing.",
                "The company expects to complete the sale of its {state} division by {date}."},
            new String[] {"Chief Executive", "Chief Financial Officer", "spokeswoman", "spokesman", "President"},
            new String[] {"Harbor Freight Lines", "Northwind Foods", "Consolidated Steel", "Pinecrest Bank", "Meridian Health Systems", "Atlas Logistics"}),
    HEALTH("health",
            new String[] {
                "{city} hospital reports rise in measles cases",
                "State health officials warn of {county} outbreak",
                "{org} to open new clinic in {city}",
                "Overdose deaths in {county} fall {pct}",
                "Nurses at {org} vote to strike"},
            new String[] {
                "Health officials in {county} confirmed {count} cases of measles on {weekday}, the largest outbreak in the state since {year}.",
                "Overdose deaths in {county} fell {pct} last year, according to data released on {weekday} by the state health department.",
                "Nurses at {org} in {city} voted on {weekday} to authorize a strike, citing staffing shortages."},
            new String[] {
                "Most of the patients were children under {few} who had not been vaccinated, officials said.",
                "{expert} said the decline was driven largely by wider access to naloxone.",
                "The hospital said it had {count} beds and was operating at {pct} capacity.",
                "{official} urged residents to check their vaccination records before traveling.",
                "The clinic will offer primary care, dental services and addiction treatment.",
                "State lawmakers set aside {money} for rural hospitals in the budget passed in {date}.",
                "The union represents about {count} nurses and technicians at the hospital.",
                "Emergency room visits for heat-related illness rose {pct} during the {date} heat wave.",
                "The {agency} said it was monitoring the situation closely.",
                "Wait times at the county's community clinics average {few} weeks, a report found."},
            new String[] {"Health Commissioner", "Dr.", "Public Health Director", "hospital spokeswoman", "Chief Medical Officer"},
            new String[] {"St. Mary's Medical Center", "Lakeside Regional Hospital", "Mercy General", "the county health department"}),
    WEATHER("weather",
            new String[] {
                "Storm knocks out power to {count} homes in {county}",
                "Wildfire near {city} forces evacuations",
                "Flooding closes roads across {county}",
                "{city} braces for record heat",
                "Tornado damages homes near {city}"},
            new String[] {
                "A line of severe storms swept through {county} on {weekday}, knocking out power to about {count} thousand customers and toppling trees onto homes in {city}.",
                "A wildfire burning in the hills outside {city} had scorched {count} acres by {weekday} evening and forced the evacuation of {count} homes.",
                "Forecasters warned that temperatures in {city} could reach 110 degrees on {weekday}, breaking a record set in {year}."},
            new String[] {
                "The National Weather Service recorded wind gusts of {count} miles per hour at the airport.",
                "Crews from {few} states were working to restore power, the utility said.",
                "{resident} said the water in the basement rose {few} feet in less than an hour.",
                "The fire was {pct} contained as of {time}, according to fire officials.",
                "{official} said there had been no reports of serious injuries.",
                "Schools in {county} will remain closed through {weekday}.",
                "Damage to roads and bridges is estimated at {money}, according to a preliminary assessment.",
                "Cooling centers will be open at {count} libraries and recreation centers across the city.",
                "The governor of {state} declared a state of emergency for {few} counties.",
                "More than {count} flights were canceled at the {city} airport."},
            new String[] {"Fire Chief", "Emergency Management Director", "Gov.", "Mayor", "utility spokesman"},
            new String[] {"the National Weather Service", "the utility", "the fire department"}),
    SCHOOLS("education",
            new String[] {
                "{county} school board approves later start times",
                "Teachers in {city} reach tentative contract deal",
                "Test scores rise in {city} schools",
                "{city} district to close {few} schools",
                "University in {city} raises tuition {pct}"},
            new String[] {
                "The {county} school board voted on {weekday} to push back start times at its high schools by {count} minutes beginning next fall.",
                "Teachers in {city} reached a tentative agreement with the school district early on {weekday}, averting a strike.",
                "Reading scores in {city} public schools rose {pct} this year, the district said on {weekday}."},
            new String[] {
                "The contract would raise starting salaries to {smallMoney} and cap class sizes at {count} students.",
                "{official} said the district faced a shortfall of {money} as enrollment declined.",
                "Parents at the meeting were divided, with some warning that later buses would disrupt work schedules.",
                "{expert} said research consistently links later start times to better attendance.",
                "The district enrolls about {count} thousand students in {count} schools.",
                "Union members are expected to vote on the agreement by {date}.",
                "Chronic absenteeism fell to {pct} from a peak in {year}.",
                "{resident} said her son's school had gone without a full-time nurse for {few} years.",
                "The state department of education will release statewide results on {date}.",
                "Tuition and fees will reach {smallMoney} a year for in-state students."},
            new String[] {"Superintendent", "school board President", "union President", "Principal", "Chancellor"},
            new String[] {"the school district", "the teachers union", "the state board of education"});

    final String section;
    final String[] headlines;
    final String[] ledes;
    final String[] sentences;
    final String[] officialTitles;
    final String[] organisations;

    Beat(String section, String[] headlines, String[] ledes, String[] sentences, String[] officialTitles,
         String[] organisations) {
        this.section = section;
        this.headlines = headlines;
        this.ledes = ledes;
        this.sentences = sentences;
        this.officialTitles = officialTitles;
        this.organisations = organisations;
    }
}
