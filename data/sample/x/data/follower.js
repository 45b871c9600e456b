window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "104928021944254354",
      "userLink" : "https://twitter.com/intent/user?user_id=104928021944254354"
    }
  },
  {
    "follower" : {
      "accountId" : "106292474879722834",
      "userLink" : "https://twitter.com/intent/user?user_id=106292474879722834"
    }
  },
  {
    "follower" : {
      "accountId" : "112692630934571098",
      "userLink" : "https://twitter.com/intent/user?user_id=112692630934571098"
    }
  },
  {
    "follower" : {
      "accountId" : "119370139519610285",
      "userLink" : "https://twitter.com/intent/user?user_id=119370139519610285"
    }
  },
  {
    "follower" : {
      "accountId" : "126738708971033765",
      "userLink" : "https://twitter.com/intent/user?user_id=126738708971033765"
    }
  },
  {
    "follower" : {
      "accountId" : "132993542689159083",
      "userLink" : "https://twitter.com/intent/user?user_id=132993542689159083"
    }
  },
  {
    "follower" : {
      "accountId" : "13312012664725859",
      "userLink" : "https://twitter.com/intent/user?user_id=13312012664725859"
    }
  },
  {
    "follower" : {
      "accountId" : "172209520190296938",
      "userLink" : "https://twitter.com/intent/user?user_id=172209520190296938"
    }
  },
  {
    "follower" : {
      "accountId" : "177986164521753833",
      "userLink" : "https://twitter.com/intent/user?user_id=177986164521753833"
    }
  },
  {
    "follower" : {
      "accountId" : "196000871989947217",
      "userLink" : "https://twitter.com/intent/user?user_id=196000871989947217"
    }
  },
  {
    "follower" : {
      "accountId" : "206018900066869",
      "userLink" : "https://twitter.com/intent/user?user_id=206018900066869"
    }
  },
  {
    "follower" : {
      "accountId" : "208847080051675241",
      "userLink" : "https://twitter.com/intent/user?user_id=208847080051675241"
    }
  },
  {
    "follower" : {
      "accountId" : "210936089035077217",
      "userLink" : "https://twitter.com/intent/user?user_id=210936089035077217"
    }
  },
  {
    "follower" : {
      "accountId" : "21252834081348128",
      "userLink" : "https://twitter.com/intent/user?user_id=21252834081348128"
    }
  },
  {
    "follower" : {
      "accountId" : "213696340403983961",
      "userLink" : "https://twitter.com/intent/user?user_id=213696340403983961"
    }
  },
  {
    "follower" : {
      "accountId" : "218428468878604404",
      "userLink" : "https://twitter.com/intent/user?user_id=218428468878604404"
    }
  },
  {
    "follower" : {
      "accountId" : "219757838927747624",
      "userLink" : "https://twitter.com/intent/user?user_id=219757838927747624"
    }
  },
  {
    "follower" : {
      "accountId" : "228998432204873367",
      "userLink" : "https://twitter.com/intent/user?user_id=228998432204873367"
    }
  },
  {
    "follower" : {
      "accountId" : "229799625744127378",
      "userLink" : "https://twitter.com/intent/user?user_id=229799625744127378"
    }
  },
  {
    "follower" : {
      "accountId" : "247530151642738677",
      "userLink" : "https://twitter.com/intent/user?user_id=247530151642738677"
    }
  },
  {
    "follower" : {
      "accountId" : "256418957327052242",
      "userLink" : "https://twitter.com/intent/user?user_id=256418957327052242"
    }
  },
  {
    "follower" : {
      "accountId" : "257922573735622933",
      "userLink" : "https://twitter.com/intent/user?user_id=257922573735622933"
    }
  },
  {
    "follower" : {
      "accountId" : "261535432663947657",
      "userLink" : "https://twitter.com/intent/user?user_id=261535432663947657"
    }
  },
  {
    "follower" : {
      "accountId" : "265103603621580309",
      "userLink" : "https://twitter.com/intent/user?user_id=265103603621580309"
    }
  },
  {
    "follower" : {
      "accountId" : "266038383130951773",
      "userLink" : "https://twitter.com/intent/user?user_id=266038383130951773"
    }
  },
  {
    "follower" : {
      "accountId" : "267428059285642941",
      "userLink" : "https://twitter.com/intent/user?user_id=267428059285642941"
    }
  },
  {
    "follower" : {
      "accountId" : "268951391792544",
      "userLink" : "https://twitter.com/intent/user?user_id=268951391792544"
    }
  },
  {
    "follower" : {
      "accountId" : "274898182337074127",
      "userLink" : "https://twitter.com/intent/user?user_id=274898182337074127"
    }
  },
  {
    "follower" : {
      "accountId" : "277323034078086870",
      "userLink" : "https://twitter.com/intent/user?user_id=277323034078086870"
    }
  },
  {
    "follower" : {
      "accountId" : "277437603060824315",
      "userLink" : "https://twitter.com/intent/user?user_id=277437603060824315"
    }
  },
  {
    "follower" : {
      "accountId" : "281827625079996187",
      "userLink" : "https://twitter.com/intent/user?user_id=281827625079996187"
    }
  },
  {
    "follower" : {
      "accountId" : "286131362172849868",
      "userLink" : "https://twitter.com/intent/user?user_id=286131362172849868"
    }
  },
  {
    "follower" : {
      "accountId" : "286494449498967444",
      "userLink" : "https://twitter.com/intent/user?user_id=286494449498967444"
    }
  },
  {
    "follower" : {
      "accountId" : "291813466217391748",
      "userLink" : "https://twitter.com/intent/user?user_id=291813466217391748"
    }
  },
  {
    "follower" : {
      "accountId" : "303498594162527234",
      "userLink" : "https://twitter.com/intent/user?user_id=303498594162527234"
    }
  },
  {
    "follower" : {
      "accountId" : "322147646187424902",
      "userLink" : "https://twitter.com/intent/user?user_id=322147646187424902"
    }
  },
  {
    "follower" : {
      "accountId" : "32274571406917628",
      "userLink" : "https://twitter.com/intent/user?user_id=32274571406917628"
    }
  },
  {
    "follower" : {
      "accountId" : "331969637927136570",
      "userLink" : "https://twitter.com/intent/user?user_id=331969637927136570"
    }
  },
  {
    "follower" : {
      "accountId" : "349081656165427149",
      "userLink" : "https://twitter.com/intent/user?user_id=349081656165427149"
    }
  },
  {
    "follower" : {
      "accountId" : "359541245058643851",
      "userLink" : "https://twitter.com/intent/user?user_id=359541245058643851"
    }
  },
  {
    "follower" : {
      "accountId" : "375831826566288074",
      "userLink" : "https://twitter.com/intent/user?user_id=375831826566288074"
    }
  },
  {
    "follower" : {
      "accountId" : "376007768624056713",
      "userLink" : "https://twitter.com/intent/user?user_id=376007768624056713"
    }
  },
  {
    "follower" : {
      "accountId" : "390974293583197287",
      "userLink" : "https://twitter.com/intent/user?user_id=390974293583197287"
    }
  },
  {
    "follower" : {
      "accountId" : "395032227414573653",
      "userLink" : "https://twitter.com/intent/user?user_id=395032227414573653"
    }
  },
  {
    "follower" : {
      "accountId" : "396612951057855161",
      "userLink" : "https://twitter.com/intent/user?user_id=396612951057855161"
    }
  },
  {
    "follower" : {
      "accountId" : "400069828567807006",
      "userLink" : "https://twitter.com/intent/user?user_id=400069828567807006"
    }
  },
  {
    "follower" : {
      "accountId" : "400512881446055548",
      "userLink" : "https://twitter.com/intent/user?user_id=400512881446055548"
    }
  },
  {
    "follower" : {
      "accountId" : "402968731000893676",
      "userLink" : "https://twitter.com/intent/user?user_id=402968731000893676"
    }
  },
  {
    "follower" : {
      "accountId" : "410089757481706822",
      "userLink" : "https://twitter.com/intent/user?user_id=410089757481706822"
    }
  },
  {
    "follower" : {
      "accountId" : "416876077621298480",
      "userLink" : "https://twitter.com/intent/user?user_id=416876077621298480"
    }
  },
  {
    "follower" : {
      "accountId" : "433762923352523036",
      "userLink" : "https://twitter.com/intent/user?user_id=433762923352523036"
    }
  },
  {
    "follower" : {
      "accountId" : "443119107615155783",
      "userLink" : "https://twitter.com/intent/user?user_id=443119107615155783"
    }
  },
  {
    "follower" : {
      "accountId" : "452365326539587280",
      "userLink" : "https://twitter.com/intent/user?user_id=452365326539587280"
    }
  },
  {
    "follower" : {
      "accountId" : "455200494706748983",
      "userLink" : "https://twitter.com/intent/user?user_id=455200494706748983"
    }
  },
  {
    "follower" : {
      "accountId" : "457341456166415349",
      "userLink" : "https://twitter.com/intent/user?user_id=457341456166415349"
    }
  },
  {
    "follower" : {
      "accountId" : "459158908121807860",
      "userLink" : "https://twitter.com/intent/user?user_id=459158908121807860"
    }
  },
  {
    "follower" : {
      "accountId" : "461957627886445975",
      "userLink" : "https://twitter.com/intent/user?user_id=461957627886445975"
    }
  },
  {
    "follower" : {
      "accountId" : "4719607728471484",
      "userLink" : "https://twitter.com/intent/user?user_id=4719607728471484"
    }
  },
  {
    "follower" : {
      "accountId" : "478804280141957946",
      "userLink" : "https://twitter.com/intent/user?user_id=478804280141957946"
    }
  },
  {
    "follower" : {
      "accountId" : "48038730789712807",
      "userLink" : "https://twitter.com/intent/user?user_id=48038730789712807"
    }
  },
  {
    "follower" : {
      "accountId" : "482062793684805820",
      "userLink" : "https://twitter.com/intent/user?user_id=482062793684805820"
    }
  },
  {
    "follower" : {
      "accountId" : "492980364413022818",
      "userLink" : "https://twitter.com/intent/user?user_id=492980364413022818"
    }
  },
  {
    "follower" : {
      "accountId" : "515419963947393493",
      "userLink" : "https://twitter.com/intent/user?user_id=515419963947393493"
    }
  },
  {
    "follower" : {
      "accountId" : "517877811517381658",
      "userLink" : "https://twitter.com/intent/user?user_id=517877811517381658"
    }
  },
  {
    "follower" : {
      "accountId" : "520412837234753987",
      "userLink" : "https://twitter.com/intent/user?user_id=520412837234753987"
    }
  },
  {
    "follower" : {
      "accountId" : "521519188346110644",
      "userLink" : "https://twitter.com/intent/user?user_id=521519188346110644"
    }
  },
  {
    "follower" : {
      "accountId" : "533987745203981566",
      "userLink" : "https://twitter.com/intent/user?user_id=533987745203981566"
    }
  },
  {
    "follower" : {
      "accountId" : "539741835123587851",
      "userLink" : "https://twitter.com/intent/user?user_id=539741835123587851"
    }
  },
  {
    "follower" : {
      "accountId" : "547226847410109194",
      "userLink" : "https://twitter.com/intent/user?user_id=547226847410109194"
    }
  },
  {
    "follower" : {
      "accountId" : "556269653969031489",
      "userLink" : "https://twitter.com/intent/user?user_id=556269653969031489"
    }
  },
  {
    "follower" : {
      "accountId" : "556461371211362579",
      "userLink" : "https://twitter.com/intent/user?user_id=556461371211362579"
    }
  },
  {
    "follower" : {
      "accountId" : "568138783044262328",
      "userLink" : "https://twitter.com/intent/user?user_id=568138783044262328"
    }
  },
  {
    "follower" : {
      "accountId" : "576562901524834815",
      "userLink" : "https://twitter.com/intent/user?user_id=576562901524834815"
    }
  },
  {
    "follower" : {
      "accountId" : "584169136240477614",
      "userLink" : "https://twitter.com/intent/user?user_id=584169136240477614"
    }
  },
  {
    "follower" : {
      "accountId" : "590598201167888993",
      "userLink" : "https://twitter.com/intent/user?user_id=590598201167888993"
    }
  },
  {
    "follower" : {
      "accountId" : "603851034068272801",
      "userLink" : "https://twitter.com/intent/user?user_id=603851034068272801"
    }
  },
  {
    "follower" : {
      "accountId" : "605510340525097301",
      "userLink" : "https://twitter.com/intent/user?user_id=605510340525097301"
    }
  },
  {
    "follower" : {
      "accountId" : "609039316088096269",
      "userLink" : "https://twitter.com/intent/user?user_id=609039316088096269"
    }
  },
  {
    "follower" : {
      "accountId" : "610114007123990210",
      "userLink" : "https://twitter.com/intent/user?user_id=610114007123990210"
    }
  },
  {
    "follower" : {
      "accountId" : "612300284408542833",
      "userLink" : "https://twitter.com/intent/user?user_id=612300284408542833"
    }
  },
  {
    "follower" : {
      "accountId" : "613152439531443325",
      "userLink" : "https://twitter.com/intent/user?user_id=613152439531443325"
    }
  },
  {
    "follower" : {
      "accountId" : "617829889515776292",
      "userLink" : "https://twitter.com/intent/user?user_id=617829889515776292"
    }
  },
  {
    "follower" : {
      "accountId" : "627596007078337585",
      "userLink" : "https://twitter.com/intent/user?user_id=627596007078337585"
    }
  },
  {
    "follower" : {
      "accountId" : "632561963785765231",
      "userLink" : "https://twitter.com/intent/user?user_id=632561963785765231"
    }
  },
  {
    "follower" : {
      "accountId" : "638776447237601060",
      "userLink" : "https://twitter.com/intent/user?user_id=638776447237601060"
    }
  },
  {
    "follower" : {
      "accountId" : "644796417108822691",
      "userLink" : "https://twitter.com/intent/user?user_id=644796417108822691"
    }
  },
  {
    "follower" : {
      "accountId" : "658553823494250641",
      "userLink" : "https://twitter.com/intent/user?user_id=658553823494250641"
    }
  },
  {
    "follower" : {
      "accountId" : "68149772722318118",
      "userLink" : "https://twitter.com/intent/user?user_id=68149772722318118"
    }
  },
  {
    "follower" : {
      "accountId" : "686991631941636566",
      "userLink" : "https://twitter.com/intent/user?user_id=686991631941636566"
    }
  },
  {
    "follower" : {
      "accountId" : "690344508707219598",
      "userLink" : "https://twitter.com/intent/user?user_id=690344508707219598"
    }
  },
  {
    "follower" : {
      "accountId" : "697677797761416996",
      "userLink" : "https://twitter.com/intent/user?user_id=697677797761416996"
    }
  },
  {
    "follower" : {
      "accountId" : "698829166021299974",
      "userLink" : "https://twitter.com/intent/user?user_id=698829166021299974"
    }
  },
  {
    "follower" : {
      "accountId" : "703065871500527597",
      "userLink" : "https://twitter.com/intent/user?user_id=703065871500527597"
    }
  },
  {
    "follower" : {
      "accountId" : "707004003695665986",
      "userLink" : "https://twitter.com/intent/user?user_id=707004003695665986"
    }
  },
  {
    "follower" : {
      "accountId" : "707590890105563951",
      "userLink" : "https://twitter.com/intent/user?user_id=707590890105563951"
    }
  },
  {
    "follower" : {
      "accountId" : "713669474409506484",
      "userLink" : "https://twitter.com/intent/user?user_id=713669474409506484"
    }
  },
  {
    "follower" : {
      "accountId" : "713775132382639670",
      "userLink" : "https://twitter.com/intent/user?user_id=713775132382639670"
    }
  },
  {
    "follower" : {
      "accountId" : "716775282119824850",
      "userLink" : "https://twitter.com/intent/user?user_id=716775282119824850"
    }
  },
  {
    "follower" : {
      "accountId" : "725959945284540845",
      "userLink" : "https://twitter.com/intent/user?user_id=725959945284540845"
    }
  },
  {
    "follower" : {
      "accountId" : "733076171305691295",
      "userLink" : "https://twitter.com/intent/user?user_id=733076171305691295"
    }
  },
  {
    "follower" : {
      "accountId" : "734549209126553152",
      "userLink" : "https://twitter.com/intent/user?user_id=734549209126553152"
    }
  },
  {
    "follower" : {
      "accountId" : "756903849466859937",
      "userLink" : "https://twitter.com/intent/user?user_id=756903849466859937"
    }
  },
  {
    "follower" : {
      "accountId" : "761603408705711181",
      "userLink" : "https://twitter.com/intent/user?user_id=761603408705711181"
    }
  },
  {
    "follower" : {
      "accountId" : "797887137778613947",
      "userLink" : "https://twitter.com/intent/user?user_id=797887137778613947"
    }
  },
  {
    "follower" : {
      "accountId" : "80537819881354651",
      "userLink" : "https://twitter.com/intent/user?user_id=80537819881354651"
    }
  },
  {
    "follower" : {
      "accountId" : "806143333735612382",
      "userLink" : "https://twitter.com/intent/user?user_id=806143333735612382"
    }
  },
  {
    "follower" : {
      "accountId" : "807526335740429853",
      "userLink" : "https://twitter.com/intent/user?user_id=807526335740429853"
    }
  },
  {
    "follower" : {
      "accountId" : "818011389993928490",
      "userLink" : "https://twitter.com/intent/user?user_id=818011389993928490"
    }
  },
  {
    "follower" : {
      "accountId" : "825484235665342210",
      "userLink" : "https://twitter.com/intent/user?user_id=825484235665342210"
    }
  },
  {
    "follower" : {
      "accountId" : "825630011350925701",
      "userLink" : "https://twitter.com/intent/user?user_id=825630011350925701"
    }
  },
  {
    "follower" : {
      "accountId" : "83487772973156960",
      "userLink" : "https://twitter.com/intent/user?user_id=83487772973156960"
    }
  },
  {
    "follower" : {
      "accountId" : "834894764094893263",
      "userLink" : "https://twitter.com/intent/user?user_id=834894764094893263"
    }
  },
  {
    "follower" : {
      "accountId" : "842969314536319243",
      "userLink" : "https://twitter.com/intent/user?user_id=842969314536319243"
    }
  },
  {
    "follower" : {
      "accountId" : "846073894574545951",
      "userLink" : "https://twitter.com/intent/user?user_id=846073894574545951"
    }
  },
  {
    "follower" : {
      "accountId" : "852913747018208219",
      "userLink" : "https://twitter.com/intent/user?user_id=852913747018208219"
    }
  },
  {
    "follower" : {
      "accountId" : "853072047632073149",
      "userLink" : "https://twitter.com/intent/user?user_id=853072047632073149"
    }
  },
  {
    "follower" : {
      "accountId" : "854187084344410735",
      "userLink" : "https://twitter.com/intent/user?user_id=854187084344410735"
    }
  },
  {
    "follower" : {
      "accountId" : "864110318094378233",
      "userLink" : "https://twitter.com/intent/user?user_id=864110318094378233"
    }
  },
  {
    "follower" : {
      "accountId" : "874079317294981805",
      "userLink" : "https://twitter.com/intent/user?user_id=874079317294981805"
    }
  },
  {
    "follower" : {
      "accountId" : "876212429985945282",
      "userLink" : "https://twitter.com/intent/user?user_id=876212429985945282"
    }
  },
  {
    "follower" : {
      "accountId" : "881490193387147398",
      "userLink" : "https://twitter.com/intent/user?user_id=881490193387147398"
    }
  },
  {
    "follower" : {
      "accountId" : "885712331526526971",
      "userLink" : "https://twitter.com/intent/user?user_id=885712331526526971"
    }
  },
  {
    "follower" : {
      "accountId" : "895250651685185452",
      "userLink" : "https://twitter.com/intent/user?user_id=895250651685185452"
    }
  },
  {
    "follower" : {
      "accountId" : "898122895884999414",
      "userLink" : "https://twitter.com/intent/user?user_id=898122895884999414"
    }
  },
  {
    "follower" : {
      "accountId" : "898189135600813452",
      "userLink" : "https://twitter.com/intent/user?user_id=898189135600813452"
    }
  },
  {
    "follower" : {
      "accountId" : "899082352035573140",
      "userLink" : "https://twitter.com/intent/user?user_id=899082352035573140"
    }
  },
  {
    "follower" : {
      "accountId" : "918753898740179995",
      "userLink" : "https://twitter.com/intent/user?user_id=918753898740179995"
    }
  },
  {
    "follower" : {
      "accountId" : "919993529398914849",
      "userLink" : "https://twitter.com/intent/user?user_id=919993529398914849"
    }
  },
  {
    "follower" : {
      "accountId" : "921380800365092437",
      "userLink" : "https://twitter.com/intent/user?user_id=921380800365092437"
    }
  },
  {
    "follower" : {
      "accountId" : "921595880465452481",
      "userLink" : "https://twitter.com/intent/user?user_id=921595880465452481"
    }
  },
  {
    "follower" : {
      "accountId" : "921861683292401576",
      "userLink" : "https://twitter.com/intent/user?user_id=921861683292401576"
    }
  },
  {
    "follower" : {
      "accountId" : "924214840172618385",
      "userLink" : "https://twitter.com/intent/user?user_id=924214840172618385"
    }
  },
  {
    "follower" : {
      "accountId" : "926578739742699547",
      "userLink" : "https://twitter.com/intent/user?user_id=926578739742699547"
    }
  },
  {
    "follower" : {
      "accountId" : "929833479352831902",
      "userLink" : "https://twitter.com/intent/user?user_id=929833479352831902"
    }
  },
  {
    "follower" : {
      "accountId" : "937216104520243546",
      "userLink" : "https://twitter.com/intent/user?user_id=937216104520243546"
    }
  },
  {
    "follower" : {
      "accountId" : "939685250073377118",
      "userLink" : "https://twitter.com/intent/user?user_id=939685250073377118"
    }
  },
  {
    "follower" : {
      "accountId" : "940929626553902680",
      "userLink" : "https://twitter.com/intent/user?user_id=940929626553902680"
    }
  },
  {
    "follower" : {
      "accountId" : "941987922403815430",
      "userLink" : "https://twitter.com/intent/user?user_id=941987922403815430"
    }
  },
  {
    "follower" : {
      "accountId" : "945138842977988251",
      "userLink" : "https://twitter.com/intent/user?user_id=945138842977988251"
    }
  },
  {
    "follower" : {
      "accountId" : "950995528733922014",
      "userLink" : "https://twitter.com/intent/user?user_id=950995528733922014"
    }
  },
  {
    "follower" : {
      "accountId" : "958185636594738559",
      "userLink" : "https://twitter.com/intent/user?user_id=958185636594738559"
    }
  },
  {
    "follower" : {
      "accountId" : "964981853555673379",
      "userLink" : "https://twitter.com/intent/user?user_id=964981853555673379"
    }
  },
  {
    "follower" : {
      "accountId" : "968453815559960703",
      "userLink" : "https://twitter.com/intent/user?user_id=968453815559960703"
    }
  },
  {
    "follower" : {
      "accountId" : "96916040663480049",
      "userLink" : "https://twitter.com/intent/user?user_id=96916040663480049"
    }
  },
  {
    "follower" : {
      "accountId" : "97404421182629130",
      "userLink" : "https://twitter.com/intent/user?user_id=97404421182629130"
    }
  },
  {
    "follower" : {
      "accountId" : "978465655379863810",
      "userLink" : "https://twitter.com/intent/user?user_id=978465655379863810"
    }
  },
  {
    "follower" : {
      "accountId" : "989746748810819646",
      "userLink" : "https://twitter.com/intent/user?user_id=989746748810819646"
    }
  },
  {
    "follower" : {
      "accountId" : "990592406971355693",
      "userLink" : "https://twitter.com/intent/user?user_id=990592406971355693"
    }
  }
]