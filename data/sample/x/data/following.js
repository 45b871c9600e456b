window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "106001826783476732",
      "userLink" : "https://twitter.com/intent/user?user_id=106001826783476732"
    }
  },
  {
    "following" : {
      "accountId" : "117263483343323257",
      "userLink" : "https://twitter.com/intent/user?user_id=117263483343323257"
    }
  },
  {
    "following" : {
      "accountId" : "119370139519610285",
      "userLink" : "https://twitter.com/intent/user?user_id=119370139519610285"
    }
  },
  {
    "following" : {
      "accountId" : "13514100579407713",
      "userLink" : "https://twitter.com/intent/user?user_id=13514100579407713"
    }
  },
  {
    "following" : {
      "accountId" : "136624493628693982",
      "userLink" : "https://twitter.com/intent/user?user_id=136624493628693982"
    }
  },
  {
    "following" : {
      "accountId" : "139398989024878247",
      "userLink" : "https://twitter.com/intent/user?user_id=139398989024878247"
    }
  },
  {
    "following" : {
      "accountId" : "153847010981492136",
      "userLink" : "https://twitter.com/intent/user?user_id=153847010981492136"
    }
  },
  {
    "following" : {
      "accountId" : "162224379736786809",
      "userLink" : "https://twitter.com/intent/user?user_id=162224379736786809"
    }
  },
  {
    "following" : {
      "accountId" : "163415873943763852",
      "userLink" : "https://twitter.com/intent/user?user_id=163415873943763852"
    }
  },
  {
    "following" : {
      "accountId" : "172209520190296938",
      "userLink" : "https://twitter.com/intent/user?user_id=172209520190296938"
    }
  },
  {
    "following" : {
      "accountId" : "218881048212218234",
      "userLink" : "https://twitter.com/intent/user?user_id=218881048212218234"
    }
  },
  {
    "following" : {
      "accountId" : "241925837278830418",
      "userLink" : "https://twitter.com/intent/user?user_id=241925837278830418"
    }
  },
  {
    "following" : {
      "accountId" : "247530151642738677",
      "userLink" : "https://twitter.com/intent/user?user_id=247530151642738677"
    }
  },
  {
    "following" : {
      "accountId" : "266038383130951773",
      "userLink" : "https://twitter.com/intent/user?user_id=266038383130951773"
    }
  },
  {
    "following" : {
      "accountId" : "274898182337074127",
      "userLink" : "https://twitter.com/intent/user?user_id=274898182337074127"
    }
  },
  {
    "following" : {
      "accountId" : "277323034078086870",
      "userLink" : "https://twitter.com/intent/user?user_id=277323034078086870"
    }
  },
  {
    "following" : {
      "accountId" : "286131362172849868",
      "userLink" : "https://twitter.com/intent/user?user_id=286131362172849868"
    }
  },
  {
    "following" : {
      "accountId" : "287451823874580959",
      "userLink" : "https://twitter.com/intent/user?user_id=287451823874580959"
    }
  },
  {
    "following" : {
      "accountId" : "303498594162527234",
      "userLink" : "https://twitter.com/intent/user?user_id=303498594162527234"
    }
  },
  {
    "following" : {
      "accountId" : "304132507651556719",
      "userLink" : "https://twitter.com/intent/user?user_id=304132507651556719"
    }
  },
  {
    "following" : {
      "accountId" : "306167791106529202",
      "userLink" : "https://twitter.com/intent/user?user_id=306167791106529202"
    }
  },
  {
    "following" : {
      "accountId" : "309873899658748892",
      "userLink" : "https://twitter.com/intent/user?user_id=309873899658748892"
    }
  },
  {
    "following" : {
      "accountId" : "322319834512814829",
      "userLink" : "https://twitter.com/intent/user?user_id=322319834512814829"
    }
  },
  {
    "following" : {
      "accountId" : "329209288506576873",
      "userLink" : "https://twitter.com/intent/user?user_id=329209288506576873"
    }
  },
  {
    "following" : {
      "accountId" : "33447766090132508",
      "userLink" : "https://twitter.com/intent/user?user_id=33447766090132508"
    }
  },
  {
    "following" : {
      "accountId" : "359541245058643851",
      "userLink" : "https://twitter.com/intent/user?user_id=359541245058643851"
    }
  },
  {
    "following" : {
      "accountId" : "375831826566288074",
      "userLink" : "https://twitter.com/intent/user?user_id=375831826566288074"
    }
  },
  {
    "following" : {
      "accountId" : "390001789923359777",
      "userLink" : "https://twitter.com/intent/user?user_id=390001789923359777"
    }
  },
  {
    "following" : {
      "accountId" : "390974293583197287",
      "userLink" : "https://twitter.com/intent/user?user_id=390974293583197287"
    }
  },
  {
    "following" : {
      "accountId" : "396612951057855161",
      "userLink" : "https://twitter.com/intent/user?user_id=396612951057855161"
    }
  },
  {
    "following" : {
      "accountId" : "414537053462375283",
      "userLink" : "https://twitter.com/intent/user?user_id=414537053462375283"
    }
  },
  {
    "following" : {
      "accountId" : "415869528942370809",
      "userLink" : "https://twitter.com/intent/user?user_id=415869528942370809"
    }
  },
  {
    "following" : {
      "accountId" : "416876077621298480",
      "userLink" : "https://twitter.com/intent/user?user_id=416876077621298480"
    }
  },
  {
    "following" : {
      "accountId" : "455200494706748983",
      "userLink" : "https://twitter.com/intent/user?user_id=455200494706748983"
    }
  },
  {
    "following" : {
      "accountId" : "457341456166415349",
      "userLink" : "https://twitter.com/intent/user?user_id=457341456166415349"
    }
  },
  {
    "following" : {
      "accountId" : "478308687154704240",
      "userLink" : "https://twitter.com/intent/user?user_id=478308687154704240"
    }
  },
  {
    "following" : {
      "accountId" : "482062793684805820",
      "userLink" : "https://twitter.com/intent/user?user_id=482062793684805820"
    }
  },
  {
    "following" : {
      "accountId" : "533987745203981566",
      "userLink" : "https://twitter.com/intent/user?user_id=533987745203981566"
    }
  },
  {
    "following" : {
      "accountId" : "552261115985992319",
      "userLink" : "https://twitter.com/intent/user?user_id=552261115985992319"
    }
  },
  {
    "following" : {
      "accountId" : "560482017536437966",
      "userLink" : "https://twitter.com/intent/user?user_id=560482017536437966"
    }
  },
  {
    "following" : {
      "accountId" : "56466521341593347",
      "userLink" : "https://twitter.com/intent/user?user_id=56466521341593347"
    }
  },
  {
    "following" : {
      "accountId" : "57041980795293963",
      "userLink" : "https://twitter.com/intent/user?user_id=57041980795293963"
    }
  },
  {
    "following" : {
      "accountId" : "590598201167888993",
      "userLink" : "https://twitter.com/intent/user?user_id=590598201167888993"
    }
  },
  {
    "following" : {
      "accountId" : "605510340525097301",
      "userLink" : "https://twitter.com/intent/user?user_id=605510340525097301"
    }
  },
  {
    "following" : {
      "accountId" : "610114007123990210",
      "userLink" : "https://twitter.com/intent/user?user_id=610114007123990210"
    }
  },
  {
    "following" : {
      "accountId" : "613152439531443325",
      "userLink" : "https://twitter.com/intent/user?user_id=613152439531443325"
    }
  },
  {
    "following" : {
      "accountId" : "617829889515776292",
      "userLink" : "https://twitter.com/intent/user?user_id=617829889515776292"
    }
  },
  {
    "following" : {
      "accountId" : "623368384375146404",
      "userLink" : "https://twitter.com/intent/user?user_id=623368384375146404"
    }
  },
  {
    "following" : {
      "accountId" : "631506367947413202",
      "userLink" : "https://twitter.com/intent/user?user_id=631506367947413202"
    }
  },
  {
    "following" : {
      "accountId" : "632561963785765231",
      "userLink" : "https://twitter.com/intent/user?user_id=632561963785765231"
    }
  },
  {
    "following" : {
      "accountId" : "638894887844416598",
      "userLink" : "https://twitter.com/intent/user?user_id=638894887844416598"
    }
  },
  {
    "following" : {
      "accountId" : "658553823494250641",
      "userLink" : "https://twitter.com/intent/user?user_id=658553823494250641"
    }
  },
  {
    "following" : {
      "accountId" : "68149772722318118",
      "userLink" : "https://twitter.com/intent/user?user_id=68149772722318118"
    }
  },
  {
    "following" : {
      "accountId" : "691413104282243695",
      "userLink" : "https://twitter.com/intent/user?user_id=691413104282243695"
    }
  },
  {
    "following" : {
      "accountId" : "697677797761416996",
      "userLink" : "https://twitter.com/intent/user?user_id=697677797761416996"
    }
  },
  {
    "following" : {
      "accountId" : "703065871500527597",
      "userLink" : "https://twitter.com/intent/user?user_id=703065871500527597"
    }
  },
  {
    "following" : {
      "accountId" : "707004003695665986",
      "userLink" : "https://twitter.com/intent/user?user_id=707004003695665986"
    }
  },
  {
    "following" : {
      "accountId" : "707590890105563951",
      "userLink" : "https://twitter.com/intent/user?user_id=707590890105563951"
    }
  },
  {
    "following" : {
      "accountId" : "711322609734485437",
      "userLink" : "https://twitter.com/intent/user?user_id=711322609734485437"
    }
  },
  {
    "following" : {
      "accountId" : "713669474409506484",
      "userLink" : "https://twitter.com/intent/user?user_id=713669474409506484"
    }
  },
  {
    "following" : {
      "accountId" : "721989951168225033",
      "userLink" : "https://twitter.com/intent/user?user_id=721989951168225033"
    }
  },
  {
    "following" : {
      "accountId" : "723381256911754296",
      "userLink" : "https://twitter.com/intent/user?user_id=723381256911754296"
    }
  },
  {
    "following" : {
      "accountId" : "74913787643154940",
      "userLink" : "https://twitter.com/intent/user?user_id=74913787643154940"
    }
  },
  {
    "following" : {
      "accountId" : "749320897048561932",
      "userLink" : "https://twitter.com/intent/user?user_id=749320897048561932"
    }
  },
  {
    "following" : {
      "accountId" : "756311122393642393",
      "userLink" : "https://twitter.com/intent/user?user_id=756311122393642393"
    }
  },
  {
    "following" : {
      "accountId" : "756903849466859937",
      "userLink" : "https://twitter.com/intent/user?user_id=756903849466859937"
    }
  },
  {
    "following" : {
      "accountId" : "779037889491149619",
      "userLink" : "https://twitter.com/intent/user?user_id=779037889491149619"
    }
  },
  {
    "following" : {
      "accountId" : "785817595328965833",
      "userLink" : "https://twitter.com/intent/user?user_id=785817595328965833"
    }
  },
  {
    "following" : {
      "accountId" : "80537819881354651",
      "userLink" : "https://twitter.com/intent/user?user_id=80537819881354651"
    }
  },
  {
    "following" : {
      "accountId" : "825630011350925701",
      "userLink" : "https://twitter.com/intent/user?user_id=825630011350925701"
    }
  },
  {
    "following" : {
      "accountId" : "849459107552159526",
      "userLink" : "https://twitter.com/intent/user?user_id=849459107552159526"
    }
  },
  {
    "following" : {
      "accountId" : "852046462466276550",
      "userLink" : "https://twitter.com/intent/user?user_id=852046462466276550"
    }
  },
  {
    "following" : {
      "accountId" : "854187084344410735",
      "userLink" : "https://twitter.com/intent/user?user_id=854187084344410735"
    }
  },
  {
    "following" : {
      "accountId" : "856871159843575203",
      "userLink" : "https://twitter.com/intent/user?user_id=856871159843575203"
    }
  },
  {
    "following" : {
      "accountId" : "867767135233958719",
      "userLink" : "https://twitter.com/intent/user?user_id=867767135233958719"
    }
  },
  {
    "following" : {
      "accountId" : "874079317294981805",
      "userLink" : "https://twitter.com/intent/user?user_id=874079317294981805"
    }
  },
  {
    "following" : {
      "accountId" : "876212429985945282",
      "userLink" : "https://twitter.com/intent/user?user_id=876212429985945282"
    }
  },
  {
    "following" : {
      "accountId" : "88157263838379450",
      "userLink" : "https://twitter.com/intent/user?user_id=88157263838379450"
    }
  },
  {
    "following" : {
      "accountId" : "919993529398914849",
      "userLink" : "https://twitter.com/intent/user?user_id=919993529398914849"
    }
  },
  {
    "following" : {
      "accountId" : "924214840172618385",
      "userLink" : "https://twitter.com/intent/user?user_id=924214840172618385"
    }
  },
  {
    "following" : {
      "accountId" : "926578739742699547",
      "userLink" : "https://twitter.com/intent/user?user_id=926578739742699547"
    }
  },
  {
    "following" : {
      "accountId" : "940929626553902680",
      "userLink" : "https://twitter.com/intent/user?user_id=940929626553902680"
    }
  },
  {
    "following" : {
      "accountId" : "950995528733922014",
      "userLink" : "https://twitter.com/intent/user?user_id=950995528733922014"
    }
  },
  {
    "following" : {
      "accountId" : "968453815559960703",
      "userLink" : "https://twitter.com/intent/user?user_id=968453815559960703"
    }
  },
  {
    "following" : {
      "accountId" : "989746748810819646",
      "userLink" : "https://twitter.com/intent/user?user_id=989746748810819646"
    }
  },
  {
    "following" : {
      "accountId" : "98983220763972557",
      "userLink" : "https://twitter.com/intent/user?user_id=98983220763972557"
    }
  }
]