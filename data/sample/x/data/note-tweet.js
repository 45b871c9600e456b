window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1991538172621750416",
      "updatedAt" : "2025-11-20T16:04:36.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-11-20T16:04:36.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "open late on friday open late on friday fresh sourdough today fresh sourdough today new seasonal menu new seasonal menu try the cardamom bun open late on friday rainy day soup special open late on friday local beans roasted weekly fresh sourdough today fresh sourdough today fresh sourdough today open late on friday local beans roasted weekly community board is updated community board is updated fresh sourdough today local beans roasted weekly new seasonal menu local beans roasted weekly fresh sourdough today new seasonal menu try the cardamom bun rainy day soup special thanks for coming by closed monday for repairs community board is updated new seasonal menu.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1888169177248694418",
      "updatedAt" : "2025-02-08T10:13:07.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-02-08T10:13:07.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "fresh sourdough today fresh sourdough today community board is updated new seasonal menu community board is updated community board is updated we are hiring a barista oat milk is back new seasonal menu open late on friday new seasonal menu community board is updated thanks for coming by we are hiring a barista rainy day soup special rainy day soup special live music this weekend we are hiring a barista fresh sourdough today rainy day soup special we are hiring a barista we are hiring a barista fresh sourdough today local beans roasted weekly rainy day soup special rainy day soup special try the cardamom bun closed monday for repairs oat milk is back we are hiring a barista.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1995486493275062420",
      "updatedAt" : "2025-12-01T13:33:49.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-12-01T13:33:49.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "new seasonal menu rainy day soup special oat milk is back local beans roasted weekly fresh sourdough today closed monday for repairs try the cardamom bun thanks for coming by local beans roasted weekly new seasonal menu try the cardamom bun we are hiring a barista open late on friday live music this weekend fresh sourdough today closed monday for repairs thanks for coming by we are hiring a barista fresh sourdough today fresh sourdough today rainy day soup special oat milk is back new seasonal menu oat milk is back local beans roasted weekly open late on friday oat milk is back try the cardamom bun rainy day soup special closed monday for repairs.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]