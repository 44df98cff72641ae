"""CheckList cases for real-news articles that carry none of our events (invented text).

A quarter of real articles report no departure, funding round or acquisition yet use the
words our triggers fire on: earnings ("raised its outlook"), capital spending ("to invest
$2bn in plants"), layoffs ("exit 300 staff"), sports ("signing"), products ("acquires
users"), appointments with no employer left, bond sales, IPOs, buybacks, grants.

Decisions taken from the corpus README ("annotated: everything the article asserts happened
or was announced/agreed ... Not annotated: denied events, speculation, salaries, revenue"):

- a venture firm closing its own fund raises money from its limited partners for investing,
  not a round of a company: no funding event (the README's funding ``company`` is the
  business that is financed);
- a joint venture formed by two companies is no acquisition unless one buys a stake;
- a government grant, a loan, a bond or note sale, an IPO filing or listing, a rights issue
  or a buyback is no funding round;
- a deal denied or called off in the same report is no event (denied events are dropped);
- an appointment with no employer left, a board change, a hiring plan is no departure.

Each negative has a near-miss twin in :data:`NEAR_MISS`: a small change that makes it a real
event, so the fixes do not cost recall.
"""

from __future__ import annotations

import pytest
from extraction_helpers import run, visible

from newsfold.domain.events import Acquisition, Departure, DomainEvent, Funding

NEGATIVE: list[str] = [
    # earnings, guidance, revenue lines
    "SAN JOSE, Calif. (Wirenet) - Corvane Systems raised its full-year revenue forecast on Thursday "
    "after quarterly sales beat estimates. Security subscription revenues rose 20% to $412 million. "
    "Shares rose 6% in extended trading.",
    "Halvren Foods raised its dividend by 8% and said it would buy back up to $500 million of its shares. "
    "Chief executive Dora Plint said the company had the capital to invest in new plants.",
    "Ostrel Retail posted a net profit of 1.2 billion yuan for the third quarter, up 14% from a year "
    "earlier, the company said in a filing to the Shenzhen exchange.",
    "Mirabel Motors cut its profit outlook, blaming weaker demand in Europe. The carmaker said it would "
    "keep investing in batteries and expects capital expenditure of about 4 billion euros this year.",
    "Operating income at Tavoro Electronics climbed to 2.1 trillion won, helped by chip prices, the "
    "company said on Tuesday. It plans to invest 30 trillion won in memory lines through 2028.",
    # capex, data centres, plants
    "Brantwell Cloud will invest $10 billion to build two data centres in Ohio, the company said on "
    "Monday, as demand for AI computing grows. Construction starts next year.",
    "Quenford Steel said it would invest Rs 5,000 crore to expand capacity at its Odisha plant over the "
    "next three years.",
    "Aldermoor Energy has committed $2 billion to new solar capacity in Texas. The investment will "
    "create 400 jobs, the company said.",
    "Pellion Chemicals plans to spend 1.5 billion euros on a new plant in Belgium, its chief executive "
    "told reporters at the Frankfurt conference.",
    # market reports, valuations, stock moves, analysts
    "The global market for warehouse robots is expected to reach $18 billion by 2030, according to a "
    "report from Kestrel Research. Investment in the sector keeps rising.",
    "Fennick AI was valued at $4 billion in its last funding round, people familiar said. The startup "
    "now employs 300 people.",
    "Shares of Oberlin Pharma jumped 12% after analysts at Colver Securities raised their price target "
    "to $95 and upgraded the stock to buy.",
    "Analysts at Marrow Capital said investors should buy Dellacott shares ahead of the earnings season. "
    "The stock has gained 30% this year.",
    "Venture capital investment in European fintech fell 40% last year to $9 billion, according to "
    "data from Orrin Analytics.",
    # product launches, users, partnerships, contracts
    "Vesper Mobile acquired 2 million new users in the quarter after it launched a cheaper plan, the company said.",
    "Lindqvist Software launched an AI assistant for accountants on Wednesday. The tool will be free to "
    "existing customers until March.",
    "Carrow Logistics and Pennant Freight have formed a partnership to share warehouses in Poland. "
    "Financial terms were not disclosed.",
    "Hollis Aerospace won a $1.2 billion contract from the US Air Force to supply engine parts, the "
    "Pentagon said on Friday.",
    "Merrow Health signed a deal with Tarvin Clinics to supply diagnostic kits for five years, the "
    "companies said in a joint statement.",
    "Brisco Power signed a 20-year power purchase agreement with Velt Data to supply its data centre "
    "in Virginia with wind energy.",
    "Quillon Robotics has teamed up with Saber Logistics to deploy 500 robots across its warehouses, "
    "the companies said.",
    # joint ventures
    "Tarkin Motors and Oyama Electric will form a 50-50 joint venture to make battery cells in Kentucky, "
    "the companies said on Tuesday. The venture will invest $3 billion in a plant.",
    "TOKYO - Hanabusa Heavy Industries and Kiyomura Trading agreed to set up a joint venture to build "
    "offshore wind farms, the two firms said.",
    # VC fund closes, fund launches
    "Orrin Partners has closed its fourth fund at $400 million, the venture firm said. The fund will "
    "back early-stage software startups in Europe.",
    "Ferro Capital raised $1.2 billion for its new growth fund, exceeding its target. The firm invests "
    "in fintech and health startups.",
    "Kelp Ventures announced the final close of its $150 million Fund III, backed by university "
    "endowments and family offices.",
    "Harwell Asset Management launched a $500 million private credit fund to invest in mid-sized companies in Asia.",
    # grants, loans, bonds, IPOs, rights issues, buybacks
    "Calder Semiconductor was awarded a $75 million grant from the Commerce Department to expand its Arizona factory.",
    "Penrose Airlines raised $800 million through a bond sale on Tuesday, according to a filing. The "
    "notes mature in 2031.",
    "Vantor Bank raised 2 billion euros by selling senior notes to fund its lending, the bank said.",
    "Ellery Health filed for an initial public offering in New York on Monday, seeking to raise up to $300 million.",
    "Solmaris Energy raised $420 million in its IPO, pricing shares at the top of the range, and will "
    "start trading on Nasdaq on Friday.",
    "Dunmore Insurance said it would raise 500 million pounds through a rights issue to shore up its balance sheet.",
    "Caspian Telecom announced a $2 billion share buyback programme after its profit rose 18%.",
    # government stakes and policy
    "The government will take a 10% stake in Calder Semiconductor in exchange for grants it already "
    "promised, the commerce secretary said.",
    "Regulators fined Ostrel Bank $40 million for failing to report suspicious transactions, the central bank said.",
    "The European Commission proposed new rules on Tuesday to raise capital requirements for banks "
    "holding crypto assets.",
    "Lawmakers voted to raise the minimum wage to $15 an hour. Business groups said companies would exit the state.",
    # lawsuits
    "Pennant Media sued Vesper Mobile on Monday, accusing it of copying its streaming app. Vesper said "
    "it would fight the case.",
    "A jury ordered Hollis Aerospace to pay $120 million to a former supplier in a contract dispute.",
    # layoffs, hiring plans
    "Dellacott will cut 1,200 jobs, or about 8% of its workforce, as it exits its consumer hardware "
    "business, the company said on Thursday.",
    "Brantwell Cloud plans to hire 2,000 engineers in India this year, its country head said.",
    "Around 300 workers will leave Mirabel Motors under a voluntary redundancy scheme, a union said.",
    "Tavoro Electronics is exiting the solar panel market after years of losses.",
    # appointments with no employer left, board changes
    "Corvane Systems has appointed Ilse Marrick as chief financial officer, effective April 1. Marrick "
    "has more than 20 years of experience in finance.",
    "Halvren Foods named Rupert Sallow to its board of directors. He will join the audit committee.",
    "Nadia Kors joins Quillon Robotics as head of sales. She will report to the chief executive.",
    "Ostrel Bank said Peter Vangard will step down from its board at the annual meeting but remain chief executive.",
    "Lydia Orne, the chief executive of Fennick AI, will take on the additional role of chair.",
    "Corvane Systems promoted Tobias Frey to chief operating officer. He has been with the company since 2015.",
    # executive interviews and conference talks
    "Speaking at the Singapore summit, Vantor Bank chief executive Hira Solano said the bank would "
    "invest more in digital services and was open to deals.",
    "In an interview, Brisco Power chief Amon Tell said he had no plans to leave the company. He joined in 2012.",
    "Former Tavoro Electronics engineer Jin Rhee spoke at the conference about chip design.",
    # sports
    "Ashford United completed the signing of striker Marco Vell from Riverton for a fee of 40 million "
    "pounds. Vell joins on a five-year contract.",
    "Coach Dana Pike will leave the Harbor Hawks at the end of the season, the club said.",
    # rumours denied, deals called off
    "Kinsley Foods denied a report that it was in talks to buy Parrow Snacks. 'There is no truth to "
    "it,' a spokeswoman said.",
    "Oberlin Pharma called off its planned $2 billion purchase of Sacton Bio on Friday after "
    "regulators raised concerns.",
    "Halvren Foods has terminated its agreement to acquire Pellow Dairy, citing market conditions.",
    "Marrow Capital said it is not in talks to invest in Fennick AI, dismissing the reports as speculation.",
    # M&A advisers
    "Colver Securities advised Tarkin Motors on its acquisition strategy, earning fees of $20 million.",
    "Pennant Freight has hired Ferro Partners to explore strategic options, including a sale.",
    # investors buying shares on the market
    "Investors bought shares of Caspian Telecom after the buyback was announced.",
    # generic investment chatter
    "Gulf investors are pouring money into AI startups, bankers said. Deals have doubled this year.",
    "The deal market has slowed, with private equity firms sitting on record amounts of unspent capital.",
    "Central banks raised interest rates again in March to fight inflation, weighing on stocks.",
    "Pellion Chemicals said it would raise prices by 10% in Europe from July.",
    # reinvestment inside a group
    "Tarkin Motors will invest $500 million in its Mexican unit to add a second assembly line.",
    "Hanabusa Heavy Industries injected 20 billion yen into its shipbuilding subsidiary to cover losses.",
    # Asian business daily style
    "SEOUL - Tavoro Electronics will pour 5 trillion won into a new chip packaging plant in "
    "Cheonan, the company said in a regulatory filing Wednesday.",
    "MUMBAI: Quenford Steel's board approved raising up to Rs 2,000 crore through non-convertible "
    "debentures on a private placement basis.",
    "Shares of Kiyomura Trading rose 4% in Tokyo after the trading house raised its annual profit forecast.",
    # press release boilerplate
    "About Lindqvist Software: Lindqvist Software helps 4,000 firms manage payroll. The company is "
    "backed by leading investors and has offices in Oslo and London.",
    "Dellacott (NYSE: DLC) today announced that it will present at the Horizon Investor Conference "
    "on May 12. A webcast will be available on its investor relations site.",
    # harder cases: supply purchases, asset deals, fund managers, public issues, denials
    "Amon Tell, who joined Brisco Power in 2015, will lead the new hydrogen unit.",
    "Corvane Systems said it would not leave the Russian market despite sanctions.",
    "Tavoro Electronics will exit the index on Monday, the exchange operator said.",
    "Users are leaving Vesper Mobile for rival Pennant Media after the outage, analysts said.",
    "Investors pulled $2 billion out of Harwell Asset Management's bond funds in March.",
    "Dellacott bought back $1 billion of its shares in the quarter.",
    "Kiyomura Trading agreed to buy 500,000 tonnes of liquefied natural gas a year from Aldermoor Energy.",
    "Penrose Airlines agreed to buy 50 jets from Hollis Aerospace in a deal valued at $6 billion at list prices.",
    "Brantwell Cloud will buy power from Brisco Power's wind farm under a 15-year contract.",
    "Vesper Mobile acquired the streaming rights to the league for $300 million.",
    "Quenford Steel acquired 400 acres of land near the port for its new plant.",
    "Ostrel Retail sold its headquarters building in Shanghai for 900 million yuan.",
    "Merrow Health received $300 million in government subsidies to build a vaccine plant.",
    "Calder Semiconductor secured approval from regulators to expand its Arizona plant.",
    "Shares of Pennant Media closed up 5% at $31 after the company raised its outlook.",
    "Ellery Health closed the quarter with $2 billion in cash and no debt.",
    "Lindqvist Software, backed by Orrin Partners, launched a payroll app for small firms.",
    "Granholt Mining raised $50 million from the sale of its stake in a coal mine.",
    "Sacton Bio's board rejected a takeover approach from Oberlin Pharma as too low.",
    "Tarkin Motors has no plans to buy Oyama Electric, its chief executive said on Tuesday.",
    "Hollis Aerospace is not in talks to acquire Calder Semiconductor, a spokesman said.",
    "Mirabel Motors chief executive Elsa Brandt said she was not leaving the company.",
    "Pellion Chemicals has hired Colver Securities to advise on the sale of its coatings unit.",
    "Ferro Capital, the venture firm, backs more than 80 startups across Europe.",
    "Harwell Asset Management said it raised $3 billion for its third infrastructure fund.",
    "Orrin Partners closed a $250 million seed fund to back founders in Africa.",
    "Kelp Ventures has raised a new $90 million fund, its second, from limited partners.",
    "Vantor Bank raised interest rates on savings accounts to 4%.",
    "Dunmore Insurance raised $750 million in a debt offering to refinance loans.",
    "Solmaris Energy plans to raise up to $500 million in an initial public offering next year, people familiar said.",
    "Caspian Telecom raised $400 million by selling shares to the public in Riyadh.",
    "The state fund will invest $2 billion in local startups over five years.",
    "Aldermoor Energy is investing heavily in AI, chief executive Rui Bastos told analysts.",
    "Investors have poured $40 billion into AI startups this year, according to Orrin Analytics.",
    "Fennick AI's valuation has soared to $10 billion, making it one of Europe's most valuable startups.",
    "Brisco Power and Velt Data formed a joint venture, Brisco Velt Energy, to build solar farms.",
    "Tarkin Motors will launch a joint venture with Oyama Electric, each holding 50%.",
    "Pennant Media's streaming app acquired 5 million subscribers in its first month.",
    "Sacton Bio received a $20 million grant from a health foundation to develop a malaria vaccine.",
    "Corvane Systems (NASDAQ: CRVN) will report its fourth-quarter results on Feb. 3. Chief executive Ilse "
    "Marrick will host a call.",
    "Quillon Robotics CEO Lars Eng stepped down from the board of Saber Logistics but remains chief "
    "executive of Quillon.",
    "Former Vantor Bank chief executive Hira Solano will chair the new industry council.",
    "Hollis Aerospace won approval to acquire a stake in a French engine maker, but the deal collapsed in June.",
    # earnings calls, interviews, fund managers, public issues, boards
    "Vesper Mobile's customer acquisition costs fell 12% in the quarter, chief financial officer Anya Roth "
    "said. The company expects to invest $200 million in marketing next year.",
    "Hollis Aerospace booked $45 million of acquisition-related charges in the quarter, it said in a filing.",
    "'We are always looking at acquisitions, but we are disciplined,' Corvane Systems chief executive Ilse "
    "Marrick said in an interview.",
    "Analysts said Oberlin Pharma could use its $20 billion cash pile to buy a mid-sized biotech firm.",
    "Dellacott is open to buying companies that add software revenue, its chief executive told investors on Tuesday.",
    "Brantwell Cloud's capital spending rose to $12 billion in the quarter as it races to build data centres.",
    "Tavoro Electronics said it would consider raising its dividend next year if chip demand holds up.",
    "Ostrel Bank's investment banking fees rose 30%, helped by a rebound in deal-making and stock offerings.",
    "Quenford Steel shares fell after the company said it would invest in a new mill rather than buy back shares.",
    "Mirabel Motors said it was in talks with suppliers to secure more chips.",
    "Penrose Airlines said it had secured enough fuel for the winter and would add 20 routes.",
    "Calder Semiconductor landed a deal to supply chips to Tarkin Motors for its electric vans.",
    "Merrow Health secured a contract worth $90 million from the health ministry.",
    "Lindqvist Software has closed its office in Berlin and will move staff to Oslo.",
    "Shares of Fennick AI's biggest customer, Carrow Logistics, rose 3%.",
    "The sovereign wealth fund, which manages $900 billion, said returns rose to 8% last year.",
    "Kelp Ventures partner Rosa Minh said the firm would invest in 20 startups a year from its new fund.",
    "NEW YORK (Wirenet) - Private equity firm Harwell Asset Management is raising a $5 billion buyout fund, "
    "according to people familiar with the matter.",
    "BEIJING - The city government will invest 10 billion yuan in a fund to back local chipmakers.",
    "Ellery Health priced its IPO at $18 a share on Thursday, raising $270 million.",
    "Aldermoor Energy raised $1 billion in a green bond sale on Tuesday.",
    "Solmaris Energy won a $2 billion loan guarantee from the Energy Department for its solar factory.",
    "Pennant Media agreed to pay $75 million to settle the lawsuit brought by Vesper Mobile.",
    "Caspian Telecom's board approved a plan to buy back up to 5% of its shares over the next year.",
    "The central bank raised its key rate by 25 basis points and said it would keep buying government bonds.",
    "Vantor Bank has returned $3 billion to shareholders this year through buybacks and dividends.",
    "Dunmore Insurance completed the sale of $600 million of subordinated notes.",
    "Harwell Asset Management's flagship fund gained 14% in the year, beating its benchmark.",
    "Investors in Ferro Capital's latest fund include pension funds and university endowments.",
    "Ostrel Retail said it had invested $120 million in its stores last year and plans to open 40 more.",
    "TOKYO - Kiyomura Trading said on Friday it would spend 300 billion yen on share buybacks and raise its "
    "annual dividend.",
    "Tarkin Motors and Oyama Electric signed a memorandum of understanding to cooperate on battery recycling.",
    "Brisco Power and the state of Victoria agreed to jointly invest A$2 billion in a pumped hydro project.",
    "Hanabusa Heavy Industries won an order to build four LNG carriers for a Greek shipowner.",
    "The club confirmed that defender Iker Sola will leave at the end of his contract. Sola joined from "
    "Riverton in 2019.",
    "Pellion Chemicals said chief executive Uwe Hart would also become chairman after Karl Brenn retires "
    "from the board.",
    "Quillon Robotics has named Saber Logistics veteran Omar Sill as chief operating officer, a newly created role.",
    "Halvren Foods said Mara Elvin would join its board as an independent director. Elvin is chief executive "
    "of Tamsin Labs.",
    "Ilse Marrick will remain chief executive of Corvane Systems after shareholders rejected a proposal to oust her.",
    "Corvane Systems denied a report that chief executive Ilse Marrick was planning to step down.",
    # longer articles: earnings, interviews, pay, policy, lawsuits, fund closes, founders' money
    "FRANKFURT, March 4 (Wirenet) - Pellion Chemicals on Tuesday raised its dividend and forecast higher core "
    "profit for 2027, sending its shares up 5%. The company said it would invest 1.5 billion euros in its "
    "plants this year and buy back shares worth up to 500 million euros. 'We have the balance sheet to act,' "
    "chief executive Uwe Hart told reporters. Hart, who joined Pellion from a rival in 2019, said the group "
    "was not planning large acquisitions. Analysts at Colver Securities raised their target price.",
    "Vincent Adeyemi built Tamsin Labs from a garage project into a company with 400 staff. In an interview, "
    "Adeyemi said he raised money from friends and family before angel investors came in. 'I spent two years "
    "on the road,' he said. He now spends his time on hiring and has no plans to step down as chief executive.",
    "Hira Solano received $12 million in pay last year, Vantor Bank's annual report showed. Solano, who has "
    "led the bank since 2020, also got a $3 million bonus. The bank raised its dividend by 10%.",
    "SEOUL, May 2 (Asia Daily) -- Tavoro Group will invest 20 trillion won in its battery business over five "
    "years, the conglomerate said Thursday. The group's chairman, Han Do-yun, said the investment would "
    "create 5,000 jobs. Tavoro Group last year acquired a majority of the local market for cathodes, "
    "according to industry data. Its battery affiliate plans to raise 2 trillion won through a rights "
    "offering.",
    "Vesper Mobile said on Monday that its new budget plan had helped it acquire 3 million customers since "
    "January. The carrier, which is backed by Caspian Telecom, has been investing in 5G. Chief executive Anya "
    "Roth said the company would spend $1 billion on its network this year.",
    "At the Horizon Logistics Summit in Rotterdam, Saber Logistics chief technology officer Omar Sill said "
    "the company had deployed 2,000 robots. Sill, a former Quillon Robotics engineer, said robots now handle "
    "half of its parcels. The firm plans to invest $300 million in automation by 2028.",
    "The finance ministry will raise the cap on foreign ownership of local insurers to 74%, officials said. "
    "The move is expected to draw investment from global insurers. Dunmore Insurance, which owns 26% of a "
    "local joint venture, said it would consider its options.",
    "A former Hollis Aerospace engineer has sued the company, claiming she was fired after raising safety "
    "concerns. Marta Quill, who worked at the company for eight years, is seeking $5 million in damages. "
    "Hollis said it would defend itself.",
    "Dellacott said on Wednesday it would lay off 900 staff and exit its printer business. The company will "
    "take a charge of $200 million. Shares rose 3%.",
    "Brantwell Cloud and Lindqvist Software announced a multi-year partnership on Tuesday. Under the deal, "
    "Lindqvist will move its products to Brantwell's cloud, and Brantwell will invest in joint marketing. "
    "Financial terms were not disclosed.",
    "Orrin Partners has closed its sixth fund at $650 million, above its $500 million target. The firm, whose "
    "backers include university endowments, will write Series A cheques of $5 million to $15 million. Partner "
    "Rosa Minh said the firm expects to back 25 companies from the fund.",
    "Fennick AI is now valued at $4 billion, according to a filing. Marrow Capital, which holds about 12% of "
    "the startup, declined to comment. Fennick AI's revenue tripled last year to $90 million.",
    "Dario Fenwick has raised over $50 million across three startups, and now advises founders.",
    "Sources said Dario Fenwick has secured $5 million from Orrin Partners for a new fintech venture.",
    # a place or a seat of the organisation left, not a job
    "Hira Solano has exited the Vantor Bank building after the protest.",
    "Lydia Orne has left the Fennick AI board but remains chief executive.",
    "Lydia Orne left the Fennick AI meeting without comment.",
    # buying goods, assets and rights, not a company
    "Pellion Chemicals bought Kelp Ventures' office tower in Frankfurt for 200 million euros.",
    "Quenford Steel bought 2 million tonnes of iron ore from Granholt Mining last year.",
    "Penrose Airlines is buying more fuel-efficient planes from Hollis Aerospace.",
    "Tavoro Electronics plans to buy $2 billion of chipmaking equipment from Calder Semiconductor.",
    "Sacton Bio licensed a drug from Oberlin Pharma for $50 million upfront.",
    "Hollis Aerospace acquired the rights to build the engine from Mirabel Motors.",
    "Harwell Asset Management took control of the building after Ostrel Retail defaulted.",
    "Kinsley Foods walked away from its pursuit of Parrow Snacks.",
    "Oberlin Pharma's bid for Sacton Bio failed after shareholders rejected it.",
    "Tarkin Motors and Oyama Electric will merge their battery units into a new company, Tarkin Oyama Cells.",
    # money a business earns, takes in or is lent
    "Dunmore Insurance secured $2 billion in new premiums.",
    "Tamsin Labs secured $5 million in pre-orders for its robot.",
    "Vantor Bank attracted $3 billion in new deposits in the quarter.",
    "Ostrel Retail raised $200 million from the sale-and-leaseback of 20 stores.",
    "Pennant Media raised $80 million from advertisers during the Olympics.",
    "Startups in Kenya raised $800 million in 2025, a 20% rise.",
    "Kelp Ventures, which has raised $2 billion across four funds, backs about 60 companies.",
    # no one in particular leaves; a post outside the company
    "Corvane Systems is hiring. The company said it would add 300 staff. Chief executive Ilse Marrick said "
    "nobody would leave.",
    "Tavoro Electronics said engineers who leave for rivals will face lawsuits.",
    "Ilse Marrick, Corvane Systems' chief executive, will step down as chair of the industry body.",
    "Shareholders called on Ilse Marrick to resign as chief executive of Corvane Systems.",
    "Ilse Marrick survived a vote to oust her as chief executive of Corvane Systems.",
    "Quillon Robotics said it parted ways with its distributor, Saber Logistics.",
    # conditions and descriptors, not reports
    "Tamsin Labs could raise more money next year if growth continues, its CEO said.",
    "Tamsin Labs is not looking to raise money this year, its CEO said.",
    "Orrin Partners-backed Tamsin Labs launched a new app on Monday.",
    "Tamsin Labs, a portfolio company of Orrin Partners, has hired 40 people.",
    "Tamsin Labs was last valued at $1 billion, according to data provider Kestrel Research.",
    # a name modifying a plural subject
    "Fellow London startups have also raised big rounds this year.",
    "Rival Berlin startups also raised money.",
    "Tamsin Labs' rivals have raised $2 billion this year.",
    # deals blocked, collapsed or ended in the sentence that names them
    "Tamsin Labs, which had been in talks to acquire Kelpie, has ended the discussions.",
    "Tamsin Labs' planned acquisition of Kelpie was blocked by regulators.",
    "Regulators blocked Tamsin Labs' $2 billion takeover of Kelpie on Friday.",
    "The deal for Tamsin Labs to buy Kelpie collapsed in June.",
    "A court halted Tamsin Labs' purchase of Kelpie.",
    "Tamsin Labs withdrew its offer for Kelpie.",
    "Kelpie is in talks to raise $100 million. Kelpie denied the report, calling it speculation.",
    # a new post at the same company; money put into projects, not a company
    "Kiyomura Trading said president Taro Ishi would step down and become chairman.",
    "Taro Ishi will retire and become an adviser to the company.",
    "Kiyomura Trading has invested 50 billion yen in Australian LNG projects over the past decade.",
    "TOKYO (Nikkan) -- Hanabusa Heavy Industries will acquire land in Aichi to build a 100 billion yen plant, "
    "the company said.",
    "Hanabusa Heavy Industries received orders worth 300 billion yen from shipping lines in the quarter.",
    "Ren Oda, who joined Kiyomura Trading in 1988, became president in 2020.",
    "Vantor Bank has exited its stake in Ostrel Retail, selling the shares on the market.",
    # public money, bailouts, an IPO in a relative clause
    "Corvane Systems' shares have risen 40% since its IPO, which raised $700 million in 2019.",
    "Hollis Aerospace will receive $2 billion from the government as part of the rescue.",
    "Penrose Airlines received a $5 billion bailout from the state.",
    "Mara Elvin bought a house in Oslo for $3 million.",
    "Orrin Partners bought shares worth $50 million in Tamsin Labs' IPO.",
    # time off; a post given up while staying
    "Corvane Systems' chief executive Ilse Marrick is on medical leave; chief financial officer Tobias Frey "
    "will run the company.",
    "Corvane Systems said Ilse Marrick would take leave of absence.",
    "Tamsin Labs co-founder Mara Elvin left the startup's day-to-day running to her co-founder in 2022 but "
    "remains chair.",
    "Mara Elvin stepped down as chief executive of Tamsin Labs but will remain chairman.",
    "Dora Plint will join Halvren Foods as chief executive next month, the company said. Plint has worked in "
    "consumer goods for 25 years.",
    "Fennick AI has poached three engineers, the startup said, without naming their former employers.",
    # a share of income, bids and advisers
    "Brantwell secured a 49% stake in Fennick AI's profits after investing $13 billion.",
    "Colver Securities is advising Tarkin Motors on its $3 billion bid for Oyama Electric.",
    "Tarkin Motors acquired a taste for risk in the 1990s.",
    "Tarkin Motors took over as the largest carmaker in Mexico.",
    "Tarkin Motors has picked up 2% of the market since March.",
    "Tarkin Motors acquired 500 customers in Kenya last month.",
    "Investors snapped up Oyama Electric's bonds.",
    # listings, orders and MOUs in Asian business dailies
    "Shenzhen-based Kelpie Tech is said to be in talks to list in Hong Kong, seeking to raise $500 million.",
    "Kelpie Tech plans to go public next year, aiming to raise $300 million.",
    "Tavoro Group signed an MOU with the provincial government to invest 2 trillion won in a new plant.",
    "The city of Suzhou attracted 30 billion yuan of investment from Kiyomura Trading and others last year.",
    "Kelpie Biotech signed a 10 billion won technology export deal with Oberlin Pharma.",
    "Quenford Steel's board approved raising Rs 500 crore via qualified institutional placement.",
    "Ferrolite shares hit the upper circuit after the company bagged a Rs 900 crore order from a state utility.",
    # thoughts, offers rejected, reappointments
    "Ilse Marrick said she had considered leaving Corvane Systems last year but decided to stay.",
    "Orrin Partners made an unsolicited offer for Tamsin Labs, which rejected it.",
    "Orrin Partners' offer for Tamsin Labs was rejected by its board.",
    "Orrin Partners tried to buy Tamsin Labs in 2021 but was rebuffed.",
    "Ilse Marrick turned down an offer to join Brantwell.",
    "Asked whether she would leave Corvane Systems, Ilse Marrick said: 'No.'",
    "Ilse Marrick's contract with Corvane Systems has been extended to 2030.",
    "Ilse Marrick was reappointed chief executive of Corvane Systems.",
    "Harwell Asset Management raised $3 billion across two funds.",
]


# (body, expected events as (type, key)): the key is the company, (acquirer, target) or (person, from_org)
NEAR_MISS: list[tuple[str, list[tuple[str, object]]]] = [
    (
        "Orrin Partners has led a $40 million Series B in Lindqvist Software, the venture firm said. The "
        "round will fund hiring in Europe.",
        [("Funding", "Lindqvist Software")],
    ),
    (
        "Ferro Capital raised $1.2 billion for its new growth fund and led a $30 million round in Tamsin Labs.",
        [("Funding", "Tamsin Labs")],
    ),
    (
        "Kelp Ventures invested $15 million in Quillon Robotics from its $150 million Fund III.",
        [("Funding", "Quillon Robotics")],
    ),
    ("Tamsin Labs raised $12 million from the Orrin Growth Fund and Kelp Ventures.", [("Funding", "Tamsin Labs")]),
    (
        "Tamsin Labs raised $12 million in a seed round to build its first fund-administration product.",
        [("Funding", "Tamsin Labs")],
    ),
    (
        "Tamsin Labs raised $5 million in a pre-IPO round ahead of its listing in Hong Kong.",
        [("Funding", "Tamsin Labs")],
    ),
    (
        "Tamsin Labs has raised $20 million in venture debt from Harrow Bank to fund its expansion.",
        [("Funding", "Tamsin Labs")],
    ),
    ("Tamsin Labs raised $8 million through convertible notes from Orrin Partners.", [("Funding", "Tamsin Labs")]),
    (
        "Tamsin Labs received a $20 million investment from Orrin Partners to develop a malaria vaccine.",
        [("Funding", "Tamsin Labs")],
    ),
    (
        "Solmaris Energy, which raised $50 million in a Series C last year, plans an IPO in 2027.",
        [("Funding", "Solmaris Energy")],
    ),
    (
        "Dunmore Insurance raised $75 million in funding from Harwell Asset Management to expand in Asia.",
        [("Funding", "Dunmore Insurance")],
    ),
    (
        "Oberlin Pharma completed its $2 billion purchase of Sacton Bio on Friday after regulators cleared the deal.",
        [("Acquisition", ("Oberlin Pharma", "Sacton Bio"))],
    ),
    (
        "Halvren Foods has signed an agreement to acquire Pellow Dairy, citing market conditions.",
        [("Acquisition", ("Halvren Foods", "Pellow Dairy"))],
    ),
    (
        "Kinsley Foods confirmed it was in talks to buy Parrow Snacks.",
        [("Acquisition", ("Kinsley Foods", "Parrow Snacks"))],
    ),
    (
        "Tarkin Motors will buy a 40% stake in Oyama Electric's battery unit, Oyama Energy, for $3 billion.",
        [("Acquisition", ("Tarkin Motors", "Oyama Energy"))],
    ),
    (
        "Tarkin Motors will buy Oyama Electric's 50% stake in their joint venture, Tarkin Oyama Cells, for "
        "$900 million.",
        [("Acquisition", ("Tarkin Motors", "Tarkin Oyama Cells"))],
    ),
    (
        "Harwell Asset Management bought a 7% stake in Dunmore Insurance, according to filings.",
        [("Acquisition", ("Harwell Asset Management", "Dunmore Insurance"))],
    ),
    (
        "Penrose Airlines agreed to buy Skylane Regional, a smaller carrier, for $600 million.",
        [("Acquisition", ("Penrose Airlines", "Skylane Regional"))],
    ),
    (
        "Vesper Mobile acquired Streamwell, the league's streaming partner, for $300 million.",
        [("Acquisition", ("Vesper Mobile", "Streamwell"))],
    ),
    (
        "Ostrel Retail sold its Shanghai grocery chain, Ostrel Fresh, to Kiyomura Trading for 900 million yuan.",
        [("Acquisition", ("Kiyomura Trading", "Ostrel Fresh"))],
    ),
    (
        "Granholt Mining sold its stake in Redpeak Coal to Aldermoor Energy for $50 million.",
        [("Acquisition", ("Aldermoor Energy", "Redpeak Coal"))],
    ),
    (
        "Brantwell Cloud will acquire data-centre operator Velt Data for $10 billion, the company said on Monday.",
        [("Acquisition", ("Brantwell Cloud", "Velt Data"))],
    ),
    (
        "Pellion Chemicals has agreed to sell its coatings unit, Pellion Coatings, to Harwell Asset Management.",
        [("Acquisition", ("Harwell Asset Management", "Pellion Coatings"))],
    ),
    (
        "Corvane Systems has appointed Ilse Marrick, previously chief financial officer at Halvren Foods, as "
        "CFO. Marrick left Halvren Foods in March.",
        [("Departure", ("Ilse Marrick", "Halvren Foods"))],
    ),
    (
        "Rupert Sallow has resigned as chief executive of Halvren Foods, the company said.",
        [("Departure", ("Rupert Sallow", "Halvren Foods"))],
    ),
    (
        "Nadia Kors joins Quillon Robotics as head of sales from Halvren Foods, where she spent ten years.",
        [("Departure", ("Nadia Kors", "Halvren Foods"))],
    ),
    (
        "Ostrel Bank said Peter Vangard will step down as chief executive at the annual meeting.",
        [("Departure", ("Peter Vangard", "Ostrel Bank"))],
    ),
    (
        "Brisco Power chief Amon Tell said he would leave the company at the end of the year to start a climate fund.",
        [("Departure", ("Amon Tell", "Brisco Power"))],
    ),
    (
        "Mirabel Motors chief executive Elsa Brandt is leaving the company after six years, Mirabel said.",
        [("Departure", ("Elsa Brandt", "Mirabel Motors"))],
    ),
    (
        "Former Tavoro Electronics engineer Jin Rhee, who left the company in May, has joined Calder Semiconductor.",
        [("Departure", ("Jin Rhee", "Tavoro Electronics"))],
    ),
    (
        "Corvane Systems chief financial officer Tobias Frey retired on Friday after 30 years with the company.",
        [("Departure", ("Tobias Frey", "Corvane Systems"))],
    ),
    (
        "Lydia Orne, the chief executive of Fennick AI, has stepped down and will be replaced by Omar Sill.",
        [("Departure", ("Lydia Orne", "Fennick AI"))],
    ),
    (
        "Ferro Partners has hired Pennant Freight's chief strategy officer, Alma Reyes.",
        [("Departure", ("Alma Reyes", "Pennant Freight"))],
    ),
    ("Fennick AI raised $300 million at a $4 billion valuation, people familiar said.", [("Funding", "Fennick AI")]),
    (
        "Lindqvist Software launched an AI assistant for accountants on Wednesday, weeks after raising $25 "
        "million in a Series A.",
        [("Funding", "Lindqvist Software")],
    ),
    (
        "Carrow Logistics has acquired Pennant Freight's Polish warehouse business, Pennant Poland, for 80 "
        "million euros.",
        [("Acquisition", ("Carrow Logistics", "Pennant Poland"))],
    ),
    (
        "SEOUL - Tavoro Electronics will acquire Cheonan Packaging for 500 billion won, the company said in "
        "a regulatory filing Wednesday.",
        [("Acquisition", ("Tavoro Electronics", "Cheonan Packaging"))],
    ),
    (
        "MUMBAI: Quenford Steel-backed Ferrolite has raised Rs 200 crore in a Series B round led by Kelp Ventures.",
        [("Funding", "Ferrolite")],
    ),
    (
        "Hanabusa Heavy Industries will take a 20% stake in Kiyomura Trading's wind unit, Kiyomura Wind, for "
        "20 billion yen.",
        [("Acquisition", ("Hanabusa Heavy Industries", "Kiyomura Wind"))],
    ),
    (
        "Quillon Robotics has appointed Lars Eng as chief executive, effective immediately. Eng joins from "
        "Saber Logistics, where he was chief operating officer.",
        [("Departure", ("Lars Eng", "Saber Logistics"))],
    ),
    ("Dario Fenwick raised $5 million from angels to start Kelpie.", [("Funding", "Kelpie")]),
    (
        "Dellacott said it would exit its printer business. The company, which bought Pennant Imaging for "
        "$1 billion in 2019, will take a charge.",
        [("Acquisition", ("Dellacott", "Pennant Imaging"))],
    ),
    ("Lydia Orne has left Fennick AI after six years.", [("Departure", ("Lydia Orne", "Fennick AI"))]),
    (
        "Pellion Chemicals bought Kelp Ventures for 200 million euros.",
        [("Acquisition", ("Pellion Chemicals", "Kelp Ventures"))],
    ),
    (
        "Calder Semiconductor took a 10% stake in the joint venture, Calder Tarkin Chips.",
        [("Acquisition", ("Calder Semiconductor", "Calder Tarkin Chips"))],
    ),
    (
        "Tamsin Labs raised $8 million from customers and Orrin Partners in a seed round.",
        [("Funding", "Tamsin Labs")],
    ),
    (
        "Ilse Marrick, who no one expected to leave, quit Corvane Systems on Monday.",
        [("Departure", ("Ilse Marrick", "Corvane Systems"))],
    ),
    (
        "Orrin Partners could acquire Tamsin Labs by March if regulators approve.",
        [("Acquisition", ("Orrin Partners", "Tamsin Labs"))],
    ),
    (
        "If talks succeed, Orrin Partners could acquire Tamsin Labs for $2 billion.",
        [("Acquisition", ("Orrin Partners", "Tamsin Labs"))],
    ),
    (
        "Tamsin Labs agreed to buy Kelpie after talks with Orrin Partners collapsed.",
        [("Acquisition", ("Tamsin Labs", "Kelpie"))],
    ),
    (
        "Tamsin Labs bought Kelpie in 2019 and the unit was later scrapped.",
        [("Acquisition", ("Tamsin Labs", "Kelpie"))],
    ),
    (
        "BENGALURU: Kelpie, the quick-commerce startup, is in talks to raise $100 million, two people aware of "
        "the matter said. The company did not respond to queries.",
        [("Funding", "Kelpie")],
    ),
    ("Orrin Partners invested $10 million in Tamsin Labs.", [("Funding", "Tamsin Labs")]),
    (
        "Taro Ishi resigned from Kiyomura Trading to become chairman of Hanabusa Heavy Industries.",
        [("Departure", ("Taro Ishi", "Kiyomura Trading"))],
    ),
    (
        "Tamsin Labs received $3 million in seed funding from the government's innovation agency.",
        [("Funding", "Tamsin Labs")],
    ),
    ("Tamsin Labs plans to raise $50 million in a Series B next year.", [("Funding", "Tamsin Labs")]),
    (
        "Mara Elvin left Tamsin Labs in 2022 but remains a shareholder.",
        [("Departure", ("Mara Elvin", "Tamsin Labs"))],
    ),
    (
        "Mara Elvin stepped down as chief executive of Tamsin Labs and Orrin Partners remains its largest investor.",
        [("Departure", ("Mara Elvin", "Tamsin Labs"))],
    ),
    ("Brantwell bought a 49% stake in Fennick AI.", [("Acquisition", ("Brantwell", "Fennick AI"))]),
    (
        "Brantwell bought a 49% stake in Fennick AI's parent, Fennick Holdings.",
        [("Acquisition", ("Brantwell", "Fennick Holdings"))],
    ),
    (
        "Kelpie Tech, which plans to list in Shanghai, raised $50 million in a pre-IPO round.",
        [("Funding", "Kelpie Tech")],
    ),
    (
        "Ilse Marrick is considering leaving Corvane Systems, people familiar said.",
        [("Departure", ("Ilse Marrick", "Corvane Systems"))],
    ),
    (
        "Orrin Partners agreed to buy Tamsin Labs after an earlier offer was rejected.",
        [("Acquisition", ("Orrin Partners", "Tamsin Labs"))],
    ),
    ("Tamsin Labs has raised $10 million in funds from Orrin Partners.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $10 million in fresh funds.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $10 million from a fund managed by Orrin Partners.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $20 million in a Series A to fund its listing preparations.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $20 million to fund expansion.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $10 million from state-backed Kelp Ventures.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $5 million in pre-IPO funding.", [("Funding", "Tamsin Labs")]),
    ("Tamsin Labs raised $5 million ahead of its IPO.", [("Funding", "Tamsin Labs")]),
    (
        "Tamsin Labs raised $5 million from Orrin Partners, with participation from existing customers.",
        [("Funding", "Tamsin Labs")],
    ),
    ("Tamsin Labs raised $5 million from customers and Orrin Partners.", [("Funding", "Tamsin Labs")]),
]


def _types(events: list[DomainEvent]) -> list[str]:
    return [type(e).__name__ for e in visible(events)]


_UNIT = "a stake in a parent's named unit ('X's battery unit, Y,') goes to the parent, not the unit"
_SOLD_TO = "a seller's unit named in apposition and sold 'to' a buyer is not read as the buyer's acquisition"
# (From `-43` the learned stage reads "A will buy B's 50% stake in their joint venture, J",
# which the rules miss: that case is no longer expected to fail.)
XFAIL: dict[str, str] = {
    "Orrin Partners agreed to buy Tamsin Labs after an earlier off": (
        "'rejected' in a later clause about another offer reads as a denial of the deal"
    ),
    "Brantwell bought a 49% stake in Fennick AI's parent, Fennick": _UNIT,
    "Calder Semiconductor took a 10% stake in the joint venture, C": (
        "a stake in 'the joint venture, J' (a descriptor before the named target) is missed"
    ),
    "Dellacott said it would exit its printer business. The compa": (
        "'The company, which bought Y in 2019,' after a sentence without a deal: the relative clause's "
        "background purchase is missed"
    ),
    "Tarkin Motors will buy a 40% stake in Oyama Electric's batte": _UNIT,
    "Hanabusa Heavy Industries will take a 20% stake in Kiyomura": _UNIT,
    "Pellion Chemicals has agreed to sell its coatings unit, Pell": _SOLD_TO,
    "Carrow Logistics has acquired Pennant Freight's Polish wareh": (
        "a possessed business named in apposition after 'acquired' ('acquired Y's <business>, Z,') is missed"
    ),
}


def _params(cases):  # type: ignore[no-untyped-def]
    for case in cases:
        body = case if isinstance(case, str) else case[0]
        reason = next((r for k, r in XFAIL.items() if body.startswith(k)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(*((case,) if isinstance(case, str) else case), marks=marks)


@pytest.mark.parametrize("body", list(_params(NEGATIVE)))
def test_no_event(body: str) -> None:
    assert _types(run(body)) == []


def _key(e: DomainEvent) -> tuple[str, object]:
    if isinstance(e, Funding):
        return ("Funding", e.company)
    if isinstance(e, Acquisition):
        return ("Acquisition", (e.acquirer, e.target))
    assert isinstance(e, Departure)
    return ("Departure", (e.person, e.from_org))


@pytest.mark.parametrize(("body", "want"), list(_params(NEAR_MISS)))
def test_near_miss_is_an_event(body: str, want: list[tuple[str, object]]) -> None:
    assert [_key(e) for e in visible(run(body))] == want


def test_a_reported_figure_under_a_colon_is_no_round() -> None:
    body = (
        "Corvane Systems posted results on Thursday.\n"
        "Security Subscriptions Revenues: $412 million, up 20% year over year.\n"
        "Product Revenues: $220 million."
    )
    assert _types(run(body)) == []
    # the newsletter bullet it guards against still is a round
    assert _types(run("Tamsin Labs (Lyon): $9 million seed, led by Orrin Partners.")) == ["Funding"]


def test_the_outlets_initials_in_a_byline_are_no_company() -> None:
    from newsfold.domain.article import Article
    from newsfold.domain.extraction import extract

    body = (
        "NEW DELHI: Corvane Systems has raised $250 million in a Series F round led by Orrin Partners, "
        "DL has learnt. DL reported earlier that the company was close to raising $300 million."
    )
    article = Article(article_id="t", body=body, source="The Daily Ledger")
    assert [_key(e) for e in visible(extract(article))] == [("Funding", "Corvane Systems")]


def test_a_corporate_word_alone_is_no_party() -> None:
    assert _types(run("Orrin Capital has acquired Holdings, the company said.")) == []
    body = "Orrin Capital agreed to buy a 20% stake in Harrow Group."
    assert [_key(e) for e in visible(run(body))] == [("Acquisition", ("Orrin Capital", "Harrow Group"))]
