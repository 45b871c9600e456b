window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "871777660335705324",
      "fullText" : "we are hiring a barista",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "345633419364617919",
      "fullText" : "rainy day soup special",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "176035063100300852",
      "fullText" : "live music this weekend",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "678922490405395042",
      "fullText" : "fresh sourdough today",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "761590147390267764",
      "fullText" : "community board is updated",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "766184767612161386",
      "fullText" : "live music this weekend",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "346652551839587638",
      "fullText" : "try the cardamom bun",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "415684561856997585",
      "fullText" : "community board is updated",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "252714369038389159",
      "fullText" : "open late on friday",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "874244615713775389",
      "fullText" : "thanks for coming by",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "244048034117150851",
      "fullText" : "we are hiring a barista",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "138590160460891927",
      "fullText" : "local beans roasted weekly",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "848065178178101146",
      "fullText" : "live music this weekend",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "431447972945485679",
      "fullText" : "open late on friday",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "911783490700809945",
      "fullText" : "local beans roasted weekly",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "805994343376454073",
      "fullText" : "we are hiring a barista",
      "expandedUrl" : "https://twitter.com/i/web/status/0"
    }
  },
  {
    "like" : {
      "tweetId" : "177605238848553336",
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
  }
]