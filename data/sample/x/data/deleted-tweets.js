window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114650742584246424"
          ],
          "editableUntil" : "2026-10-26T09:30:00.000Z",
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
      "id_str" : "2114650742584246424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114650742584246424",
      "created_at" : "Mon Oct 26 09:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "typo, ignore",
      "lang" : "en",
      "deleted_at" : "Mon Oct 26 10:30:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116825069777846425"
          ],
          "editableUntil" : "2026-11-01T09:30:00.000Z",
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
      "id_str" : "2116825069777846425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2116825069777846425",
      "created_at" : "Sun Nov 01 09:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "typo, ignore",
      "lang" : "en",
      "deleted_at" : "Sun Nov 01 10:30:00 +0000 2026"
    }
  }
]