window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884282382840758391"
          ],
          "editableUntil" : "2025-01-28T16:48:23.000Z",
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
      "favorite_count" : "17",
      "id_str" : "1884282382840758391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884282382840758391",
      "created_at" : "Tue Jan 28 16:48:23 +0000 2025",
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
            "2099049244521398392"
          ],
          "editableUntil" : "2026-09-13T08:15:13.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2099049244521398392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099049244521398392",
      "created_at" : "Sun Sep 13 08:15:13 +0000 2026",
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
            "1873124716311478393"
          ],
          "editableUntil" : "2024-12-28T21:51:48.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1873124716311478393",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1873124716311478393",
      "created_at" : "Sat Dec 28 21:51:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Community board: community board is updated",
      "lang" : "en",
      "community_id_str" : "1500000000000000000"
    }
  }
]