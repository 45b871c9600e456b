window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2078173241406390386",
      "updatedAt" : "2026-07-17T17:41:26.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2026-07-17T17:41:26.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "try the cardamom bun open late on friday closed monday for repairs we are hiring a barista new seasonal menu we are hiring a barista community board is updated fresh sourdough today local beans roasted weekly oat milk is back local beans roasted weekly closed monday for repairs fresh sourdough today live music this weekend live music this weekend local beans roasted weekly oat milk is back new seasonal menu local beans roasted weekly community board is updated oat milk is back open late on friday thanks for coming by new seasonal menu we are hiring a barista thanks for coming by community board is updated fresh sourdough today new seasonal menu rainy day soup special.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "2095114660213686388",
      "updatedAt" : "2026-09-02T11:40:35.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2026-09-02T11:40:35.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "community board is updated live music this weekend community board is updated closed monday for repairs we are hiring a barista we are hiring a barista community board is updated thanks for coming by new seasonal menu closed monday for repairs fresh sourdough today open late on friday we are hiring a barista thanks for coming by local beans roasted weekly thanks for coming by open late on friday local beans roasted weekly rainy day soup special thanks for coming by live music this weekend rainy day soup special try the cardamom bun thanks for coming by live music this weekend community board is updated local beans roasted weekly community board is updated closed monday for repairs oat milk is back.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "2094878319571894390",
      "updatedAt" : "2026-09-01T20:01:27.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2026-09-01T20:01:27.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "local beans roasted weekly thanks for coming by try the cardamom bun we are hiring a barista thanks for coming by live music this weekend try the cardamom bun try the cardamom bun new seasonal menu try the cardamom bun open late on friday open late on friday fresh sourdough today fresh sourdough today new seasonal menu new seasonal menu try the cardamom bun open late on friday rainy day soup special open late on friday local beans roasted weekly fresh sourdough today fresh sourdough today fresh sourdough today open late on friday local beans roasted weekly community board is updated community board is updated fresh sourdough today local beans roasted weekly.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]