window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "274271077447945860",
      "fullText" : "thanks for coming by",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "375213317063945796",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "956630939568150710",
      "fullText" : "community board is updated",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "251354154824540867",
      "fullText" : "community board is updated",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "543103304980543887",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "417142609484156541",
      "fullText" : "local beans roasted weekly",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "989507162017716437",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "414780079455623244",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "456543313719809653",
      "fullText" : "new seasonal menu",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "879385619143460968",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "190698292418523004",
      "fullText" : "rainy day soup special",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "906394858841836774",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "240470066821622450",
      "fullText" : "rainy day soup special",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "103953793211862893",
      "fullText" : "oat milk is back",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "980815640977732899",
      "fullText" : "open late on friday",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "417123490654599621",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "780506732100287647",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "145661841866787026",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "639087019894107821",
      "fullText" : "new seasonal menu",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "358797409731442106",
      "fullText" : "we are hiring a barista",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "711847006456826768",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "351175941931552071",
      "fullText" : "closed monday for repairs",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "424787884542388238",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "922145180432687627",
      "fullText" : "fresh sourdough today",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "997076058998025111",
      "fullText" : "open late on friday",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "409049905869095321",
      "fullText" : "live music this weekend",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "172698924457603903",
      "fullText" : "community board is updated",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "935327705243412001",
      "fullText" : "new seasonal menu",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "229563742604971906",
      "fullText" : "live music this weekend",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "690395582098120756",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  }
]