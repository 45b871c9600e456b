window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910425987183542421"
          ],
          "editableUntil" : "2025-04-10T20:13:44.000Z",
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
        "37"
      ],
      "favorite_count" : "15",
      "id_str" : "1910425987183542421",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910425987183542421",
      "created_at" : "Thu Apr 10 20:13:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board: thanks for coming by",
      "lang" : "en",
      "community_id_str" : "1500000000000000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893014202348470422"
          ],
          "editableUntil" : "2025-02-21T19:05:31.000Z",
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
        "43"
      ],
      "favorite_count" : "17",
      "id_str" : "1893014202348470422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893014202348470422",
      "created_at" : "Fri Feb 21 19:05:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board: local beans roasted weekly",
      "lang" : "en",
      "community_id_str" : "1500000000000000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075914604508086423"
          ],
          "editableUntil" : "2026-07-11T12:06:25.000Z",
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
        "40"
      ],
      "favorite_count" : "23",
      "id_str" : "2075914604508086423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075914604508086423",
      "created_at" : "Sat Jul 11 12:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board: live music this weekend",
      "lang" : "en",
      "community_id_str" : "1500000000000000000"
    }
  }
]