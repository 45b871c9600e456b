window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114288354718646394"
          ],
          "editableUntil" : "2026-10-25T09:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "2114288354718646394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114288354718646394",
      "created_at" : "Sun Oct 25 09:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "typo, ignore",
      "lang" : "en",
      "deleted_at" : "Sun Oct 25 10:30:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116462681912246395"
          ],
          "editableUntil" : "2026-10-31T09:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "2116462681912246395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2116462681912246395",
      "created_at" : "Sat Oct 31 09:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "typo, ignore",
      "lang" : "en",
      "deleted_at" : "Sat Oct 31 10:30:00 +0000 2026"
    }
  }
]