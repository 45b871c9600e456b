window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952676381586358773"
          ],
          "editableUntil" : "2025-08-05T10:21:43.000Z",
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
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "1952676381586358773",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1952676381586358773",
      "created_at" : "Tue Aug 05 10:21:43 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974534787167158718"
          ],
          "editableUntil" : "2025-10-04T17:59:13.000Z",
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
        "33"
      ],
      "favorite_count" : "16",
      "id_str" : "1974534787167158718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974534787167158718",
      "created_at" : "Sat Oct 04 17:59:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081092393104310696"
          ],
          "editableUntil" : "2026-07-25T19:01:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "2081092393104310696",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081092393104310696",
      "created_at" : "Sat Jul 25 19:01:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@tam_dunn16 try the cardamom bun, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "908134610244423339",
      "in_reply_to_status_id" : "908134610244423339",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973864554165174499"
          ],
          "editableUntil" : "2025-10-02T21:35:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "23",
      "id_str" : "1973864554165174499",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1973864554165174499",
      "created_at" : "Thu Oct 02 21:35:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@uma_cooper10 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "918122634220396570",
      "in_reply_to_status_id" : "918122634220396570",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993431917654966531"
          ],
          "editableUntil" : "2025-11-25T21:29:40.000Z",
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
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "1993431917654966531",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1993431917654966531",
      "created_at" : "Tue Nov 25 21:29:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019099418162102505"
          ],
          "editableUntil" : "2026-02-04T17:23:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Irwin",
            "screen_name" : "kai_irwin48",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "105024627323151523",
            "id" : "105024627323151523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "2019099418162102505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019099418162102505",
      "created_at" : "Wed Feb 04 17:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kai_irwin48: thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875262955713462695"
          ],
          "editableUntil" : "2025-01-03T19:28:24.000Z",
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
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "1875262955713462695",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1875262955713462695",
      "created_at" : "Fri Jan 03 19:28:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054197286925238491"
          ],
          "editableUntil" : "2026-05-12T13:49:33.000Z",
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
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "2054197286925238491",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2054197286925238491",
      "created_at" : "Tue May 12 13:49:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970828788233142637"
          ],
          "editableUntil" : "2025-09-24T12:32:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "1970828788233142637",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970828788233142637",
      "created_at" : "Wed Sep 24 12:32:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "925134722542554867",
      "in_reply_to_status_id" : "925134722542554867",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882820877611958562"
          ],
          "editableUntil" : "2025-01-24T16:00:53.000Z",
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
        "25"
      ],
      "favorite_count" : "22",
      "id_str" : "1882820877611958562",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1882820877611958562",
      "created_at" : "Fri Jan 24 16:00:53 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1882810307965878536",
      "in_reply_to_status_id" : "1882810307965878536",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888180753527734449"
          ],
          "editableUntil" : "2025-02-08T10:59:07.000Z",
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
        "26"
      ],
      "favorite_count" : "20",
      "id_str" : "1888180753527734449",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1888180753527734449",
      "created_at" : "Sat Feb 08 10:59:07 +0000 2025",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888169177248694417",
      "in_reply_to_status_id" : "1888169177248694417",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974785094841270762"
          ],
          "editableUntil" : "2025-10-05T10:33:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Ellis",
            "screen_name" : "mo_ellis22",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "771161513634464648",
            "id" : "771161513634464648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1974785094841270762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974785094841270762",
      "created_at" : "Sun Oct 05 10:33:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893919777747894670"
          ],
          "editableUntil" : "2025-02-24T07:03:57.000Z",
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
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "1893919777747894670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893919777747894670",
      "created_at" : "Mon Feb 24 07:03:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966424622232502555"
          ],
          "editableUntil" : "2025-09-12T08:52:19.000Z",
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
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "1966424622232502555",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1966424622232502555",
      "created_at" : "Fri Sep 12 08:52:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049116776821686569"
          ],
          "editableUntil" : "2026-04-28T13:21:25.000Z",
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
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "2049116776821686569",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2049116776821686569",
      "created_at" : "Tue Apr 28 13:21:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004538203960246736"
          ],
          "editableUntil" : "2025-12-26T13:02:05.000Z",
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
        "28"
      ],
      "favorite_count" : "23",
      "id_str" : "2004538203960246736",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2004538203960246736",
      "created_at" : "Fri Dec 26 13:02:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921549797290934647"
          ],
          "editableUntil" : "2025-05-11T12:55:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "19",
      "id_str" : "1921549797290934647",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921549797290934647",
      "created_at" : "Sun May 11 12:55:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@uma_cooper10 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "567299663733570963",
      "in_reply_to_status_id" : "567299663733570963",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978113400894390589"
          ],
          "editableUntil" : "2025-10-14T14:59:21.000Z",
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
        "33"
      ],
      "favorite_count" : "23",
      "id_str" : "1978113400894390589",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1978113400894390589",
      "created_at" : "Tue Oct 14 14:59:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048343129060278749"
          ],
          "editableUntil" : "2026-04-26T10:07:13.000Z",
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
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "2048343129060278749",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2048343129060278749",
      "created_at" : "Sun Apr 26 10:07:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869086893405110609"
          ],
          "editableUntil" : "2024-12-17T18:26:56.000Z",
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
        "29"
      ],
      "favorite_count" : "14",
      "id_str" : "1869086893405110609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869086893405110609",
      "created_at" : "Tue Dec 17 18:26:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895883827704758688"
          ],
          "editableUntil" : "2025-03-01T17:08:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1895883827704758688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895883827704758688",
      "created_at" : "Sat Mar 01 17:08:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: closed monday for repairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015469113832374554"
          ],
          "editableUntil" : "2026-01-25T16:57:37.000Z",
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
        "29"
      ],
      "favorite_count" : "23",
      "id_str" : "2015469113832374554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015469113832374554",
      "created_at" : "Sun Jan 25 16:57:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036463740253110624"
          ],
          "editableUntil" : "2026-03-24T15:22:46.000Z",
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
        "25"
      ],
      "favorite_count" : "19",
      "id_str" : "2036463740253110624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2036463740253110624",
      "created_at" : "Tue Mar 24 15:22:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091945456694198711"
          ],
          "editableUntil" : "2026-08-24T17:47:18.000Z",
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
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "2091945456694198711",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091945456694198711",
      "created_at" : "Mon Aug 24 17:47:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013511397274550748"
          ],
          "editableUntil" : "2026-01-20T07:18:21.000Z",
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
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "2013511397274550748",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013511397274550748",
      "created_at" : "Tue Jan 20 07:18:21 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101749659071414454"
          ],
          "editableUntil" : "2026-09-20T19:05:42.000Z",
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
        "32"
      ],
      "favorite_count" : "9",
      "id_str" : "2101749659071414454",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101749659071414454",
      "created_at" : "Sun Sep 20 19:05:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094695976399798756"
          ],
          "editableUntil" : "2026-09-01T07:56:53.000Z",
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
        "34"
      ],
      "favorite_count" : "17",
      "id_str" : "2094695976399798756",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2094695976399798756",
      "created_at" : "Tue Sep 01 07:56:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073411603264438501"
          ],
          "editableUntil" : "2026-07-04T14:20:23.000Z",
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
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "2073411603264438501",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073411603264438501",
      "created_at" : "Sat Jul 04 14:20:23 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073120191411126465"
          ],
          "editableUntil" : "2026-07-03T19:02:25.000Z",
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
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "2073120191411126465",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2073120191411126465",
      "created_at" : "Fri Jul 03 19:02:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993985079243702596"
          ],
          "editableUntil" : "2025-11-27T10:07:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Ellis",
            "screen_name" : "sol_ellis29",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "68149772722318118",
            "id" : "68149772722318118"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "6",
      "id_str" : "1993985079243702596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993985079243702596",
      "created_at" : "Thu Nov 27 10:07:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@sol_ellis29 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "661021604847974478",
      "in_reply_to_status_id" : "661021604847974478",
      "in_reply_to_user_id" : "68149772722318118",
      "in_reply_to_user_id_str" : "68149772722318118",
      "in_reply_to_screen_name" : "sol_ellis29"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097428238300086519"
          ],
          "editableUntil" : "2026-09-08T20:53:55.000Z",
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
        "29"
      ],
      "favorite_count" : "18",
      "id_str" : "2097428238300086519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097428238300086519",
      "created_at" : "Tue Sep 08 20:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063927522751414565"
          ],
          "editableUntil" : "2026-06-08T10:14:02.000Z",
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
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "2063927522751414565",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2063927522751414565",
      "created_at" : "Mon Jun 08 10:14:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854181331039158702"
          ],
          "editableUntil" : "2024-11-06T15:17:33.000Z",
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
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "1854181331039158702",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1854181331039158702",
      "created_at" : "Wed Nov 06 15:17:33 +0000 2024",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943250778059702597"
          ],
          "editableUntil" : "2025-07-10T10:07:44.000Z",
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
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "1943250778059702597",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943250778059702597",
      "created_at" : "Thu Jul 10 10:07:44 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904859814425526470"
          ],
          "editableUntil" : "2025-03-26T11:35:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1904859814425526470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904859814425526470",
      "created_at" : "Wed Mar 26 11:35:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: we are hiring a barista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068255495025590612"
          ],
          "editableUntil" : "2026-06-20T08:51:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "19",
      "id_str" : "2068255495025590612",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2068255495025590612",
      "created_at" : "Sat Jun 20 08:51:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@uma_cooper10 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "482241651183817453",
      "in_reply_to_status_id" : "482241651183817453",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979493708592054570"
          ],
          "editableUntil" : "2025-10-18T10:24:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1979493708592054570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979493708592054570",
      "created_at" : "Sat Oct 18 10:24:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: we are hiring a barista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111743376880566744"
          ],
          "editableUntil" : "2026-10-18T08:57:10.000Z",
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
        "29"
      ],
      "favorite_count" : "21",
      "id_str" : "2111743376880566744",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2111743376880566744",
      "created_at" : "Sun Oct 18 08:57:10 +0000 2026",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2111741615272886724",
      "in_reply_to_status_id" : "2111741615272886724",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090403613766582532"
          ],
          "editableUntil" : "2026-08-20T11:40:34.000Z",
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
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "2090403613766582532",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090403613766582532",
      "created_at" : "Thu Aug 20 11:40:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #vance",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895511671305142441"
          ],
          "editableUntil" : "2025-02-28T16:29:34.000Z",
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
        "28"
      ],
      "favorite_count" : "16",
      "id_str" : "1895511671305142441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895511671305142441",
      "created_at" : "Fri Feb 28 16:29:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967658804573110458"
          ],
          "editableUntil" : "2025-09-15T18:36:31.000Z",
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
        "33"
      ],
      "favorite_count" : "14",
      "id_str" : "1967658804573110458",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967658804573110458",
      "created_at" : "Mon Sep 15 18:36:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864046183052214451"
          ],
          "editableUntil" : "2024-12-03T20:36:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Irwin",
            "screen_name" : "kai_irwin48",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "105024627323151523",
            "id" : "105024627323151523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1864046183052214451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864046183052214451",
      "created_at" : "Tue Dec 03 20:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kai_irwin48: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018757716603830599"
          ],
          "editableUntil" : "2026-02-03T18:45:21.000Z",
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
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "2018757716603830599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018757716603830599",
      "created_at" : "Tue Feb 03 18:45:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001352185476022594"
          ],
          "editableUntil" : "2025-12-17T18:01:59.000Z",
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
        "26"
      ],
      "favorite_count" : "18",
      "id_str" : "2001352185476022594",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2001352185476022594",
      "created_at" : "Wed Dec 17 18:01:59 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2001347403969462439",
      "in_reply_to_status_id" : "2001347403969462439",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057189708919734518"
          ],
          "editableUntil" : "2026-05-20T20:00:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Cooper",
            "screen_name" : "kai_cooper64",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "311565330326497330",
            "id" : "311565330326497330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "2057189708919734518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057189708919734518",
      "created_at" : "Wed May 20 20:00:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kai_cooper64: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062807526142902656"
          ],
          "editableUntil" : "2026-06-05T08:03:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "5",
      "id_str" : "2062807526142902656",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2062807526142902656",
      "created_at" : "Fri Jun 05 08:03:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_lowe94 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "996247831816616061",
      "in_reply_to_status_id" : "996247831816616061",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857001098703798533"
          ],
          "editableUntil" : "2024-11-14T10:02:18.000Z",
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
        "24"
      ],
      "favorite_count" : "11",
      "id_str" : "1857001098703798533",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1857001098703798533",
      "created_at" : "Thu Nov 14 10:02:18 +0000 2024",
      "favorited" : false,
      "full_text" : "New seasonal menu! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853074257081270444"
          ],
          "editableUntil" : "2024-11-03T13:58:26.000Z",
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
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "1853074257081270444",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1853074257081270444",
      "created_at" : "Sun Nov 03 13:58:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Community board is updated! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115189802922934371"
          ],
          "editableUntil" : "2026-10-27T21:12:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn74",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "899082352035573140",
            "id" : "899082352035573140"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "21",
      "id_str" : "2115189802922934371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2115189802922934371",
      "created_at" : "Tue Oct 27 21:12:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn74 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "973293371746883751",
      "in_reply_to_status_id" : "973293371746883751",
      "in_reply_to_user_id" : "899082352035573140",
      "in_reply_to_user_id_str" : "899082352035573140",
      "in_reply_to_screen_name" : "hana_dunn74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937150238389174523"
          ],
          "editableUntil" : "2025-06-23T14:06:22.000Z",
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
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "1937150238389174523",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937150238389174523",
      "created_at" : "Mon Jun 23 14:06:22 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024511362167734524"
          ],
          "editableUntil" : "2026-02-19T15:48:17.000Z",
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
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "2024511362167734524",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2024511362167734524",
      "created_at" : "Thu Feb 19 15:48:17 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916433383945142503"
          ],
          "editableUntil" : "2025-04-27T10:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Frost",
            "screen_name" : "lea_frost88",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "662100640540995757",
            "id" : "662100640540995757"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1916433383945142503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916433383945142503",
      "created_at" : "Sun Apr 27 10:04:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023738591015862680"
          ],
          "editableUntil" : "2026-02-17T12:37:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Hale",
            "screen_name" : "sol_hale3",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "933126752012179882",
            "id" : "933126752012179882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "2023738591015862680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023738591015862680",
      "created_at" : "Tue Feb 17 12:37:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sol_hale3: thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979949063205814635"
          ],
          "editableUntil" : "2025-10-19T16:33:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Dunn",
            "screen_name" : "ben_dunn56",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "247530151642738677",
            "id" : "247530151642738677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "6",
      "id_str" : "1979949063205814635",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1979949063205814635",
      "created_at" : "Sun Oct 19 16:33:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@ben_dunn56 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "209818108001815045",
      "in_reply_to_status_id" : "209818108001815045",
      "in_reply_to_user_id" : "247530151642738677",
      "in_reply_to_user_id_str" : "247530151642738677",
      "in_reply_to_screen_name" : "ben_dunn56"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059384294601654528"
          ],
          "editableUntil" : "2026-05-26T21:20:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Hale",
            "screen_name" : "sol_hale3",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "933126752012179882",
            "id" : "933126752012179882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "2059384294601654528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059384294601654528",
      "created_at" : "Tue May 26 21:20:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sol_hale3: closed monday for repairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991547622388662473"
          ],
          "editableUntil" : "2025-11-20T16:42:09.000Z",
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
        "24"
      ],
      "favorite_count" : "17",
      "id_str" : "1991547622388662473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991547622388662473",
      "created_at" : "Thu Nov 20 16:42:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987859256308662580"
          ],
          "editableUntil" : "2025-11-10T12:25:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1987859256308662580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987859256308662580",
      "created_at" : "Mon Nov 10 12:25:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916396998357942526"
          ],
          "editableUntil" : "2025-04-27T07:40:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Webb",
            "screen_name" : "mo_webb58",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "443368371326585220",
            "id" : "443368371326585220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1916396998357942526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916396998357942526",
      "created_at" : "Sun Apr 27 07:40:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_webb58: live music this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043050982765494625"
          ],
          "editableUntil" : "2026-04-11T19:38:07.000Z",
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
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "2043050982765494625",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2043050982765494625",
      "created_at" : "Sat Apr 11 19:38:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981997762606006489"
          ],
          "editableUntil" : "2025-10-25T08:14:25.000Z",
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
        "27"
      ],
      "favorite_count" : "8",
      "id_str" : "1981997762606006489",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1981997762606006489",
      "created_at" : "Sat Oct 25 08:14:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852770794992566397"
          ],
          "editableUntil" : "2024-11-02T17:52:35.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/q124",
            "expanded_url" : "https://twitter.com/dev_quinn8/status/1852408407126966396",
            "display_url" : "twitter.com/dev_quinn8/sta",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "11",
      "id_str" : "1852770794992566397",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1852770794992566397",
      "created_at" : "Sat Nov 02 17:52:35 +0000 2024",
      "favorited" : false,
      "full_text" : "This is worth reading https://t.co/q124",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853089356575670735"
          ],
          "editableUntil" : "2024-11-03T14:58:26.000Z",
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
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "1853089356575670735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853089356575670735",
      "created_at" : "Sun Nov 03 14:58:26 +0000 2024",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1853074257081270444",
      "in_reply_to_status_id" : "1853074257081270444",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888189561566134437"
          ],
          "editableUntil" : "2025-02-08T11:34:07.000Z",
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
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "1888189561566134437",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1888189561566134437",
      "created_at" : "Sat Feb 08 11:34:07 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888169177248694417",
      "in_reply_to_status_id" : "1888169177248694417",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916755967865782469"
          ],
          "editableUntil" : "2025-04-28T07:26:49.000Z",
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
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1916755967865782469",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916755967865782469",
      "created_at" : "Mon Apr 28 07:26:49 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857101590033334471"
          ],
          "editableUntil" : "2024-11-14T16:41:37.000Z",
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
        "29"
      ],
      "favorite_count" : "18",
      "id_str" : "1857101590033334471",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1857101590033334471",
      "created_at" : "Thu Nov 14 16:41:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081477736395702742"
          ],
          "editableUntil" : "2026-07-26T20:32:19.000Z",
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
        "33"
      ],
      "favorite_count" : "17",
      "id_str" : "2081477736395702742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081477736395702742",
      "created_at" : "Sun Jul 26 20:32:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932750392521654578"
          ],
          "editableUntil" : "2025-06-11T10:42:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1932750392521654578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932750392521654578",
      "created_at" : "Wed Jun 11 10:42:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957435545088950703"
          ],
          "editableUntil" : "2025-08-18T13:32:56.000Z",
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
        "31"
      ],
      "favorite_count" : "1",
      "id_str" : "1957435545088950703",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957435545088950703",
      "created_at" : "Mon Aug 18 13:32:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053139126940598628"
          ],
          "editableUntil" : "2026-05-09T15:44:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2053139126940598628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053139126940598628",
      "created_at" : "Sat May 09 15:44:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943387734668214689"
          ],
          "editableUntil" : "2025-07-10T19:11:57.000Z",
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
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1943387734668214689",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943387734668214689",
      "created_at" : "Thu Jul 10 19:11:57 +0000 2025",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1943369615274934406",
      "in_reply_to_status_id" : "1943369615274934406",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099788213777334746"
          ],
          "editableUntil" : "2026-09-15T09:11:37.000Z",
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
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2099788213777334746",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2099788213777334746",
      "created_at" : "Tue Sep 15 09:11:37 +0000 2026",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2099768584434614626",
      "in_reply_to_status_id" : "2099768584434614626",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940039094629302732"
          ],
          "editableUntil" : "2025-07-01T13:25:39.000Z",
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
        "33"
      ],
      "favorite_count" : "9",
      "id_str" : "1940039094629302732",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1940039094629302732",
      "created_at" : "Tue Jul 01 13:25:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888169177248694417"
          ],
          "editableUntil" : "2025-02-08T10:13:07.000Z",
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
        "275"
      ],
      "favorite_count" : "19",
      "id_str" : "1888169177248694417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888169177248694417",
      "created_at" : "Sat Feb 08 10:13:07 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today fresh sourdough today community board is updated new seasonal menu community board is updated community board is updated we are hiring a barista oat milk is back new seasonal menu open late on friday new seasonal menu community board is updated thanks …",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084212774925238459"
          ],
          "editableUntil" : "2026-08-03T09:40:23.000Z",
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
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2084212774925238459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084212774925238459",
      "created_at" : "Mon Aug 03 09:40:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965878171530166516"
          ],
          "editableUntil" : "2025-09-10T20:40:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1965878171530166516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965878171530166516",
      "created_at" : "Wed Sep 10 20:40:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909520646665142404"
          ],
          "editableUntil" : "2025-04-08T08:16:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Shaw",
            "screen_name" : "nia_shaw36",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "157865095976407641",
            "id" : "157865095976407641"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "10",
      "id_str" : "1909520646665142404",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1909520646665142404",
      "created_at" : "Tue Apr 08 08:16:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@nia_shaw36 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "242116628290597556",
      "in_reply_to_status_id" : "242116628290597556",
      "in_reply_to_user_id" : "157865095976407641",
      "in_reply_to_user_id_str" : "157865095976407641",
      "in_reply_to_screen_name" : "nia_shaw36"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929468622271414592"
          ],
          "editableUntil" : "2025-06-02T09:22:22.000Z",
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
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "1929468622271414592",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929468622271414592",
      "created_at" : "Mon Jun 02 09:22:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029090984293302561"
          ],
          "editableUntil" : "2026-03-04T07:06:04.000Z",
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
        "26"
      ],
      "favorite_count" : "15",
      "id_str" : "2029090984293302561",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2029090984293302561",
      "created_at" : "Wed Mar 04 07:06:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867876585042870512"
          ],
          "editableUntil" : "2024-12-14T10:17:36.000Z",
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
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "1867876585042870512",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1867876585042870512",
      "created_at" : "Sat Dec 14 10:17:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Open late on friday! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101762996958134560"
          ],
          "editableUntil" : "2026-09-20T19:58:42.000Z",
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
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "2101762996958134560",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101762996958134560",
      "created_at" : "Sun Sep 20 19:58:42 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2101749659071414454",
      "in_reply_to_status_id" : "2101749659071414454",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891847175009206595"
          ],
          "editableUntil" : "2025-02-18T13:48:10.000Z",
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
        "34"
      ],
      "favorite_count" : "4",
      "id_str" : "1891847175009206595",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1891847175009206595",
      "created_at" : "Tue Feb 18 13:48:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104325242745782466"
          ],
          "editableUntil" : "2026-09-27T21:40:09.000Z",
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
        "26"
      ],
      "favorite_count" : "24",
      "id_str" : "2104325242745782466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104325242745782466",
      "created_at" : "Sun Sep 27 21:40:09 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2104309891593142430",
      "in_reply_to_status_id" : "2104309891593142430",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001980110533558393"
          ],
          "editableUntil" : "2025-12-19T11:37:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wen Kerr",
            "screen_name" : "wen_kerr83",
            "indices" : [
              "7",
              "18"
            ],
            "id_str" : "842969314536319243",
            "id" : "842969314536319243"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "11",
      "id_str" : "2001980110533558393",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2001980110533558393",
      "created_at" : "Fri Dec 19 11:37:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks @wen_kerr83 for the thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054218895979446575"
          ],
          "editableUntil" : "2026-05-12T15:15:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Frost",
            "screen_name" : "lea_frost88",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "662100640540995757",
            "id" : "662100640540995757"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2054218895979446575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054218895979446575",
      "created_at" : "Tue May 12 15:15:25 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: closed monday for repairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067997855708086720"
          ],
          "editableUntil" : "2026-06-19T15:48:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "2067997855708086720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067997855708086720",
      "created_at" : "Fri Jun 19 15:48:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991538172621750415"
          ],
          "editableUntil" : "2025-11-20T16:04:36.000Z",
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
        "275"
      ],
      "favorite_count" : "24",
      "id_str" : "1991538172621750415",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1991538172621750415",
      "created_at" : "Thu Nov 20 16:04:36 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday open late on friday fresh sourdough today fresh sourdough today new seasonal menu new seasonal menu try the cardamom bun open late on friday rainy day soup special open late on friday local beans roasted weekly fresh sourdough today fresh sourdough today…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899878273119158447"
          ],
          "editableUntil" : "2025-03-12T17:40:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Hale",
            "screen_name" : "sol_hale3",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "933126752012179882",
            "id" : "933126752012179882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1899878273119158447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899878273119158447",
      "created_at" : "Wed Mar 12 17:40:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @sol_hale3: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951226708489142538"
          ],
          "editableUntil" : "2025-08-01T10:21:14.000Z",
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
        "27"
      ],
      "favorite_count" : "17",
      "id_str" : "1951226708489142538",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951226708489142538",
      "created_at" : "Fri Aug 01 10:21:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857124990055350413",
            "1857125745030070414"
          ],
          "editableUntil" : "2024-11-14T18:14:36.000Z",
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
        "26"
      ],
      "favorite_count" : "9",
      "id_str" : "1857124990055350413",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1857124990055350413",
      "created_at" : "Thu Nov 14 18:14:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Pumpkin bread is bak today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066916698354614293"
          ],
          "editableUntil" : "2026-06-16T16:11:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Dunn",
            "screen_name" : "ben_dunn56",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "247530151642738677",
            "id" : "247530151642738677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "2066916698354614293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066916698354614293",
      "created_at" : "Tue Jun 16 16:11:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@ben_dunn56 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "580801791071251079",
      "in_reply_to_status_id" : "580801791071251079",
      "in_reply_to_user_id" : "247530151642738677",
      "in_reply_to_user_id_str" : "247530151642738677",
      "in_reply_to_screen_name" : "ben_dunn56"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031077498942390677"
          ],
          "editableUntil" : "2026-03-09T18:39:46.000Z",
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
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "2031077498942390677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031077498942390677",
      "created_at" : "Mon Mar 09 18:39:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878512962499510726"
          ],
          "editableUntil" : "2025-01-12T18:42:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1878512962499510726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878512962499510726",
      "created_at" : "Sun Jan 12 18:42:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084667655582646753"
          ],
          "editableUntil" : "2026-08-04T15:47:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Cooper",
            "screen_name" : "kai_cooper64",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "311565330326497330",
            "id" : "311565330326497330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "2084667655582646753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084667655582646753",
      "created_at" : "Tue Aug 04 15:47:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kai_cooper64: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045782305141686545"
          ],
          "editableUntil" : "2026-04-19T08:31:25.000Z",
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
        "28"
      ],
      "favorite_count" : "13",
      "id_str" : "2045782305141686545",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2045782305141686545",
      "created_at" : "Sun Apr 19 08:31:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931093747299254399"
          ],
          "editableUntil" : "2025-06-06T21:00:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Frost",
            "screen_name" : "jun_frost95",
            "indices" : [
              "7",
              "19"
            ],
            "id_str" : "885712331526526971",
            "id" : "885712331526526971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "17",
      "id_str" : "1931093747299254399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931093747299254399",
      "created_at" : "Fri Jun 06 21:00:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks @jun_frost95 for the fresh sourdough today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091996325213110542"
          ],
          "editableUntil" : "2026-08-24T21:09:26.000Z",
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
        "30"
      ],
      "favorite_count" : "11",
      "id_str" : "2091996325213110542",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091996325213110542",
      "created_at" : "Mon Aug 24 21:09:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889728632058806492"
          ],
          "editableUntil" : "2025-02-12T17:29:50.000Z",
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
        "25"
      ],
      "favorite_count" : "10",
      "id_str" : "1889728632058806492",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1889728632058806492",
      "created_at" : "Wed Feb 12 17:29:50 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909179263873974514"
          ],
          "editableUntil" : "2025-04-07T09:39:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Webb",
            "screen_name" : "mo_webb58",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "443368371326585220",
            "id" : "443368371326585220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1909179263873974514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909179263873974514",
      "created_at" : "Mon Apr 07 09:39:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_webb58: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020243586544566474"
          ],
          "editableUntil" : "2026-02-07T21:09:40.000Z",
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
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "2020243586544566474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020243586544566474",
      "created_at" : "Sat Feb 07 21:09:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887143531508662728"
          ],
          "editableUntil" : "2025-02-05T14:17:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Cooper",
            "screen_name" : "kai_cooper64",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "311565330326497330",
            "id" : "311565330326497330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1887143531508662728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887143531508662728",
      "created_at" : "Wed Feb 05 14:17:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @kai_cooper64: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895780442305462646"
          ],
          "editableUntil" : "2025-03-01T10:17:34.000Z",
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
        "34"
      ],
      "favorite_count" : "20",
      "id_str" : "1895780442305462646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1895780442305462646",
      "created_at" : "Sat Mar 01 10:17:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #baker",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867881366549430636"
          ],
          "editableUntil" : "2024-12-14T10:36:36.000Z",
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
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "1867881366549430636",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1867881366549430636",
      "created_at" : "Sat Dec 14 10:36:36 +0000 2024",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1867876585042870512",
      "in_reply_to_status_id" : "1867876585042870512",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899542389060534737"
          ],
          "editableUntil" : "2025-03-11T19:26:12.000Z",
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
        "26"
      ],
      "favorite_count" : "21",
      "id_str" : "1899542389060534737",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899542389060534737",
      "created_at" : "Tue Mar 11 19:26:12 +0000 2025",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1899535845946294500",
      "in_reply_to_status_id" : "1899535845946294500",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983107952931766772"
          ],
          "editableUntil" : "2025-10-28T09:45:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1983107952931766772",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983107952931766772",
      "created_at" : "Tue Oct 28 09:45:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: closed monday for repairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938240514159542484"
          ],
          "editableUntil" : "2025-06-26T14:18:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Ellis",
            "screen_name" : "mo_ellis22",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "771161513634464648",
            "id" : "771161513634464648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1938240514159542484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938240514159542484",
      "created_at" : "Thu Jun 26 14:18:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918235990946742709"
          ],
          "editableUntil" : "2025-05-02T09:27:54.000Z",
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
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "1918235990946742709",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918235990946742709",
      "created_at" : "Fri May 02 09:27:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956101030802358510"
          ],
          "editableUntil" : "2025-08-14T21:10:03.000Z",
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
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "1956101030802358510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956101030802358510",
      "created_at" : "Thu Aug 14 21:10:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013961030857654607"
          ],
          "editableUntil" : "2026-01-21T13:05:02.000Z",
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
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "2013961030857654607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013961030857654607",
      "created_at" : "Wed Jan 21 13:05:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954180253479862426"
          ],
          "editableUntil" : "2025-08-09T13:57:34.000Z",
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
        "32"
      ],
      "favorite_count" : "12",
      "id_str" : "1954180253479862426",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954180253479862426",
      "created_at" : "Sat Aug 09 13:57:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087924939486134630"
          ],
          "editableUntil" : "2026-08-13T15:31:12.000Z",
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
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "2087924939486134630",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2087924939486134630",
      "created_at" : "Thu Aug 13 15:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2087919654663094620",
      "in_reply_to_status_id" : "2087919654663094620",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981661236818870657"
          ],
          "editableUntil" : "2025-10-24T09:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Dunn",
            "screen_name" : "ben_dunn56",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "247530151642738677",
            "id" : "247530151642738677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "24",
      "id_str" : "1981661236818870657",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981661236818870657",
      "created_at" : "Fri Oct 24 09:57:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@ben_dunn56 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "504477308274957372",
      "in_reply_to_status_id" : "504477308274957372",
      "in_reply_to_user_id" : "247530151642738677",
      "in_reply_to_user_id_str" : "247530151642738677",
      "in_reply_to_screen_name" : "ben_dunn56"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079996379526070668"
          ],
          "editableUntil" : "2026-07-22T18:25:56.000Z",
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
        "31"
      ],
      "favorite_count" : "18",
      "id_str" : "2079996379526070668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079996379526070668",
      "created_at" : "Wed Jul 22 18:25:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047042383115190486"
          ],
          "editableUntil" : "2026-04-22T19:58:31.000Z",
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
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "2047042383115190486",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2047042383115190486",
      "created_at" : "Wed Apr 22 19:58:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063279511172022402"
          ],
          "editableUntil" : "2026-06-06T15:19:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Shaw",
            "screen_name" : "mo_shaw36",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "517877811517381658",
            "id" : "517877811517381658"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "23",
      "id_str" : "2063279511172022402",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2063279511172022402",
      "created_at" : "Sat Jun 06 15:19:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_shaw36 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "155906054382234155",
      "in_reply_to_status_id" : "155906054382234155",
      "in_reply_to_user_id" : "517877811517381658",
      "in_reply_to_user_id_str" : "517877811517381658",
      "in_reply_to_screen_name" : "mo_shaw36"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853493913973686659"
          ],
          "editableUntil" : "2024-11-04T17:46:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1853493913973686659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853493913973686659",
      "created_at" : "Mon Nov 04 17:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869365936255926496"
          ],
          "editableUntil" : "2024-12-18T12:55:45.000Z",
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
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "1869365936255926496",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1869365936255926496",
      "created_at" : "Wed Dec 18 12:55:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Oat milk is back! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092947081655222372"
          ],
          "editableUntil" : "2026-08-27T12:07:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn74",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "899082352035573140",
            "id" : "899082352035573140"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "20",
      "id_str" : "2092947081655222372",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2092947081655222372",
      "created_at" : "Thu Aug 27 12:07:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn74 try the cardamom bun, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "734166586230108992",
      "in_reply_to_status_id" : "734166586230108992",
      "in_reply_to_user_id" : "899082352035573140",
      "in_reply_to_user_id_str" : "899082352035573140",
      "in_reply_to_screen_name" : "hana_dunn74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974764748272566639"
          ],
          "editableUntil" : "2025-10-05T09:13:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Hale",
            "screen_name" : "uma_hale12",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "610155683535678526",
            "id" : "610155683535678526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "1974764748272566639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974764748272566639",
      "created_at" : "Sun Oct 05 09:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @uma_hale12: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962495024952246633"
          ],
          "editableUntil" : "2025-09-01T12:37:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yui Lowe",
            "screen_name" : "yui_lowe60",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "492980364413022818",
            "id" : "492980364413022818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "1962495024952246633",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1962495024952246633",
      "created_at" : "Mon Sep 01 12:37:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@yui_lowe60 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "386777625026775479",
      "in_reply_to_status_id" : "386777625026775479",
      "in_reply_to_user_id" : "492980364413022818",
      "in_reply_to_user_id_str" : "492980364413022818",
      "in_reply_to_screen_name" : "yui_lowe60"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974866766328758604"
          ],
          "editableUntil" : "2025-10-05T15:58:23.000Z",
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
        "31"
      ],
      "favorite_count" : "1",
      "id_str" : "1974866766328758604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974866766328758604",
      "created_at" : "Sun Oct 05 15:58:23 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044099827200950760"
          ],
          "editableUntil" : "2026-04-14T17:05:51.000Z",
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
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "2044099827200950760",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2044099827200950760",
      "created_at" : "Tue Apr 14 17:05:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016441932313526498"
          ],
          "editableUntil" : "2026-01-28T09:23:15.000Z",
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
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "2016441932313526498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016441932313526498",
      "created_at" : "Wed Jan 28 09:23:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985065208116150527"
          ],
          "editableUntil" : "2025-11-02T19:23:21.000Z",
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
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "1985065208116150527",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1985065208116150527",
      "created_at" : "Sun Nov 02 19:23:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991946718802870378"
          ],
          "editableUntil" : "2025-11-21T19:08:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "23",
      "id_str" : "1991946718802870378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991946718802870378",
      "created_at" : "Fri Nov 21 19:08:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "808036508464053888",
      "in_reply_to_status_id" : "808036508464053888",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953113797161910548"
          ],
          "editableUntil" : "2025-08-06T15:19:51.000Z",
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
        "27"
      ],
      "favorite_count" : "18",
      "id_str" : "1953113797161910548",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953113797161910548",
      "created_at" : "Wed Aug 06 15:19:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034573648458678490"
          ],
          "editableUntil" : "2026-03-19T10:12:13.000Z",
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
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "2034573648458678490",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2034573648458678490",
      "created_at" : "Thu Mar 19 10:12:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910371612226486606"
          ],
          "editableUntil" : "2025-04-10T16:37:40.000Z",
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
        "25"
      ],
      "favorite_count" : "22",
      "id_str" : "1910371612226486606",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910371612226486606",
      "created_at" : "Thu Apr 10 16:37:40 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920883460797366488"
          ],
          "editableUntil" : "2025-05-09T16:48:00.000Z",
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
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "1920883460797366488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920883460797366488",
      "created_at" : "Fri May 09 16:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105955459658678645"
          ],
          "editableUntil" : "2026-10-02T09:38:03.000Z",
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
        "24"
      ],
      "favorite_count" : "25",
      "id_str" : "2105955459658678645",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2105955459658678645",
      "created_at" : "Fri Oct 02 09:38:03 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904218975105974634"
          ],
          "editableUntil" : "2025-03-24T17:09:17.000Z",
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
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "1904218975105974634",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1904218975105974634",
      "created_at" : "Mon Mar 24 17:09:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097046657299382708"
          ],
          "editableUntil" : "2026-09-07T19:37:39.000Z",
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
        "23"
      ],
      "favorite_count" : "23",
      "id_str" : "2097046657299382708",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2097046657299382708",
      "created_at" : "Mon Sep 07 19:37:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960706108158902318"
          ],
          "editableUntil" : "2025-08-27T14:08:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Cooper",
            "screen_name" : "sol_cooper74",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "723381256911754296",
            "id" : "723381256911754296"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "25",
      "id_str" : "1960706108158902318",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960706108158902318",
      "created_at" : "Wed Aug 27 14:08:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@sol_cooper74 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "110036385873730322",
      "in_reply_to_status_id" : "110036385873730322",
      "in_reply_to_user_id" : "723381256911754296",
      "in_reply_to_user_id_str" : "723381256911754296",
      "in_reply_to_screen_name" : "sol_cooper74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951679231947702763"
          ],
          "editableUntil" : "2025-08-02T16:19:24.000Z",
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
        "29"
      ],
      "favorite_count" : "8",
      "id_str" : "1951679231947702763",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951679231947702763",
      "created_at" : "Sat Aug 02 16:19:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091472444060598590"
          ],
          "editableUntil" : "2026-08-23T10:27:43.000Z",
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
        "33"
      ],
      "favorite_count" : "15",
      "id_str" : "2091472444060598590",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091472444060598590",
      "created_at" : "Sun Aug 23 10:27:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081460330034102655"
          ],
          "editableUntil" : "2026-07-26T19:23:09.000Z",
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
        "34"
      ],
      "favorite_count" : "12",
      "id_str" : "2081460330034102655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081460330034102655",
      "created_at" : "Sun Jul 26 19:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998125805204406494"
          ],
          "editableUntil" : "2025-12-08T20:21:30.000Z",
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
        "22"
      ],
      "favorite_count" : "24",
      "id_str" : "1998125805204406494",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1998125805204406494",
      "created_at" : "Mon Dec 08 20:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1998122533647286456",
      "in_reply_to_status_id" : "1998122533647286456",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975972242256822684"
          ],
          "editableUntil" : "2025-10-08T17:11:09.000Z",
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
        "33"
      ],
      "favorite_count" : "5",
      "id_str" : "1975972242256822684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975972242256822684",
      "created_at" : "Wed Oct 08 17:11:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986822294336438537"
          ],
          "editableUntil" : "2025-11-07T15:45:23.000Z",
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
        "23"
      ],
      "favorite_count" : "9",
      "id_str" : "1986822294336438537",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1986822294336438537",
      "created_at" : "Fri Nov 07 15:45:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993679775855542704"
          ],
          "editableUntil" : "2025-11-26T13:54:34.000Z",
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
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "1993679775855542704",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993679775855542704",
      "created_at" : "Wed Nov 26 13:54:34 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863257326744502392"
          ],
          "editableUntil" : "2024-12-01T16:22:19.000Z",
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
      "id_str" : "1863257326744502392",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1863257326744502392",
      "created_at" : "Sun Dec 01 16:22:19 +0000 2024",
      "favorited" : false,
      "full_text" : "@pia_young9 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "511767703849215260",
      "in_reply_to_status_id" : "511767703849215260",
      "in_reply_to_user_id" : "311218797623934934",
      "in_reply_to_user_id_str" : "311218797623934934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070416459166646678"
          ],
          "editableUntil" : "2026-06-26T07:58:45.000Z",
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
        "28"
      ],
      "favorite_count" : "22",
      "id_str" : "2070416459166646678",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2070416459166646678",
      "created_at" : "Fri Jun 26 07:58:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907397624198070563"
          ],
          "editableUntil" : "2025-04-02T11:40:06.000Z",
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
        "27"
      ],
      "favorite_count" : "11",
      "id_str" : "1907397624198070563",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907397624198070563",
      "created_at" : "Wed Apr 02 11:40:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016086653793206375"
          ],
          "editableUntil" : "2026-01-27T09:51:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "4",
      "id_str" : "2016086653793206375",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016086653793206375",
      "created_at" : "Tue Jan 27 09:51:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_lowe94 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "177384852888442494",
      "in_reply_to_status_id" : "177384852888442494",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046574542058422705"
          ],
          "editableUntil" : "2026-04-21T12:59:29.000Z",
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
        "34"
      ],
      "favorite_count" : "22",
      "id_str" : "2046574542058422705",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2046574542058422705",
      "created_at" : "Tue Apr 21 12:59:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902039476335542427"
          ],
          "editableUntil" : "2025-03-18T16:48:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "18",
      "id_str" : "1902039476335542427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902039476335542427",
      "created_at" : "Tue Mar 18 16:48:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "501776357982118150",
      "in_reply_to_status_id" : "501776357982118150",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872602919728054463"
          ],
          "editableUntil" : "2024-12-27T11:18:22.000Z",
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
        "23"
      ],
      "favorite_count" : "10",
      "id_str" : "1872602919728054463",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1872602919728054463",
      "created_at" : "Fri Dec 27 11:18:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Oat milk is back! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890129230033846504"
          ],
          "editableUntil" : "2025-02-13T20:01:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1890129230033846504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890129230033846504",
      "created_at" : "Thu Feb 13 20:01:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900495527867318401"
          ],
          "editableUntil" : "2025-03-14T10:33:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Quinn",
            "screen_name" : "mo_quinn11",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "458744792329326723",
            "id" : "458744792329326723"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "20",
      "id_str" : "1900495527867318401",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900495527867318401",
      "created_at" : "Fri Mar 14 10:33:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_quinn11 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "846628166202121131",
      "in_reply_to_status_id" : "846628166202121131",
      "in_reply_to_user_id" : "458744792329326723",
      "in_reply_to_user_id_str" : "458744792329326723",
      "in_reply_to_screen_name" : "mo_quinn11"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943376410047414453"
          ],
          "editableUntil" : "2025-07-10T18:26:57.000Z",
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
        "29"
      ],
      "favorite_count" : "25",
      "id_str" : "1943376410047414453",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943376410047414453",
      "created_at" : "Thu Jul 10 18:26:57 +0000 2025",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1943369615274934406",
      "in_reply_to_status_id" : "1943369615274934406",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903812857426870457"
          ],
          "editableUntil" : "2025-03-23T14:15:31.000Z",
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
        "26"
      ],
      "favorite_count" : "19",
      "id_str" : "1903812857426870457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903812857426870457",
      "created_at" : "Sun Mar 23 14:15:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923661738406838455"
          ],
          "editableUntil" : "2025-05-17T08:47:53.000Z",
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
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "1923661738406838455",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1923661738406838455",
      "created_at" : "Sat May 17 08:47:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986068078785462676"
          ],
          "editableUntil" : "2025-11-05T13:48:24.000Z",
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
        "31"
      ],
      "favorite_count" : "20",
      "id_str" : "1986068078785462676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986068078785462676",
      "created_at" : "Wed Nov 05 13:48:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894469059605430472"
          ],
          "editableUntil" : "2025-02-25T19:26:36.000Z",
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
        "33"
      ],
      "favorite_count" : "14",
      "id_str" : "1894469059605430472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894469059605430472",
      "created_at" : "Tue Feb 25 19:26:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087919654663094620"
          ],
          "editableUntil" : "2026-08-13T15:10:12.000Z",
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
        "28"
      ],
      "favorite_count" : "24",
      "id_str" : "2087919654663094620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087919654663094620",
      "created_at" : "Thu Aug 13 15:10:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941843987526582380"
          ],
          "editableUntil" : "2025-07-06T12:57:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "8",
      "id_str" : "1941843987526582380",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1941843987526582380",
      "created_at" : "Sun Jul 06 12:57:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "265527586281541919",
      "in_reply_to_status_id" : "265527586281541919",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901295117398966629"
          ],
          "editableUntil" : "2025-03-16T15:30:55.000Z",
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
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "1901295117398966629",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901295117398966629",
      "created_at" : "Sun Mar 16 15:30:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866832727634870716"
          ],
          "editableUntil" : "2024-12-11T13:09:41.000Z",
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
        "31"
      ],
      "favorite_count" : "20",
      "id_str" : "1866832727634870716",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1866832727634870716",
      "created_at" : "Wed Dec 11 13:09:41 +0000 2024",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853539921294262586"
          ],
          "editableUntil" : "2024-11-04T20:48:49.000Z",
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
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "1853539921294262586",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1853539921294262586",
      "created_at" : "Mon Nov 04 20:48:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Community board is updated! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876534903567286468"
          ],
          "editableUntil" : "2025-01-07T07:42:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1876534903567286468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876534903567286468",
      "created_at" : "Tue Jan 07 07:42:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031749099287478511"
          ],
          "editableUntil" : "2026-03-11T15:08:28.000Z",
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
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "2031749099287478511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2031749099287478511",
      "created_at" : "Wed Mar 11 15:08:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057772570375094774"
          ],
          "editableUntil" : "2026-05-22T10:36:27.000Z",
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
        "30"
      ],
      "favorite_count" : "18",
      "id_str" : "2057772570375094774",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2057772570375094774",
      "created_at" : "Fri May 22 10:36:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958248661250998692"
          ],
          "editableUntil" : "2025-08-20T19:23:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "11",
      "id_str" : "1958248661250998692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958248661250998692",
      "created_at" : "Wed Aug 20 19:23:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@uma_cooper10 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "533183046096233885",
      "in_reply_to_status_id" : "533183046096233885",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009983127778230566"
          ],
          "editableUntil" : "2026-01-10T13:38:16.000Z",
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
        "23"
      ],
      "favorite_count" : "7",
      "id_str" : "2009983127778230566",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2009983127778230566",
      "created_at" : "Sat Jan 10 13:38:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914254447211446771"
          ],
          "editableUntil" : "2025-04-21T09:46:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dev Moss",
            "screen_name" : "dev_moss75",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "617829889515776292",
            "id" : "617829889515776292"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "12",
      "id_str" : "1914254447211446771",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914254447211446771",
      "created_at" : "Mon Apr 21 09:46:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_moss75 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "561142754479346454",
      "in_reply_to_status_id" : "561142754479346454",
      "in_reply_to_user_id" : "617829889515776292",
      "in_reply_to_user_id_str" : "617829889515776292",
      "in_reply_to_screen_name" : "dev_moss75"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947944841769910673"
          ],
          "editableUntil" : "2025-07-23T09:00:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1947944841769910673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947944841769910673",
      "created_at" : "Wed Jul 23 09:00:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990499906220982768"
          ],
          "editableUntil" : "2025-11-17T19:18:54.000Z",
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
        "34"
      ],
      "favorite_count" : "8",
      "id_str" : "1990499906220982768",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1990499906220982768",
      "created_at" : "Mon Nov 17 19:18:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080351926481846544"
          ],
          "editableUntil" : "2026-07-23T17:58:45.000Z",
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
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2080351926481846544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080351926481846544",
      "created_at" : "Thu Jul 23 17:58:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019697819513782394"
          ],
          "editableUntil" : "2026-02-06T09:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Oli Kerr",
            "screen_name" : "oli_kerr92",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "947614760849600563",
            "id" : "947614760849600563"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "22",
      "id_str" : "2019697819513782394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2019697819513782394",
      "created_at" : "Fri Feb 06 09:00:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@oli_kerr92 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_user_id" : "947614760849600563",
      "in_reply_to_user_id_str" : "947614760849600563",
      "in_reply_to_screen_name" : "oli_kerr92"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855316234204086661"
          ],
          "editableUntil" : "2024-11-09T18:27:15.000Z",
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
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "1855316234204086661",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1855316234204086661",
      "created_at" : "Sat Nov 09 18:27:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894485669049270556"
          ],
          "editableUntil" : "2025-02-25T20:32:36.000Z",
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
        "26"
      ],
      "favorite_count" : "16",
      "id_str" : "1894485669049270556",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1894485669049270556",
      "created_at" : "Tue Feb 25 20:32:36 +0000 2025",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894469059605430472",
      "in_reply_to_status_id" : "1894469059605430472",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855292590912438507"
          ],
          "editableUntil" : "2024-11-09T16:53:18.000Z",
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
        "29"
      ],
      "favorite_count" : "8",
      "id_str" : "1855292590912438507",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1855292590912438507",
      "created_at" : "Sat Nov 09 16:53:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034372825183158585"
          ],
          "editableUntil" : "2026-03-18T20:54:13.000Z",
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
        "32"
      ],
      "favorite_count" : "21",
      "id_str" : "2034372825183158585",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2034372825183158585",
      "created_at" : "Wed Mar 18 20:54:13 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2034358732321718462",
      "in_reply_to_status_id" : "2034358732321718462",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929477430309814675"
          ],
          "editableUntil" : "2025-06-02T09:57:22.000Z",
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
        "29"
      ],
      "favorite_count" : "13",
      "id_str" : "1929477430309814675",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929477430309814675",
      "created_at" : "Mon Jun 02 09:57:22 +0000 2025",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1929468622271414592",
      "in_reply_to_status_id" : "1929468622271414592",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903485911430070652"
          ],
          "editableUntil" : "2025-03-22T16:36:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1903485911430070652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903485911430070652",
      "created_at" : "Sat Mar 22 16:36:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: local beans roasted weekly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975181213299638623"
          ],
          "editableUntil" : "2025-10-06T12:47:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yui Lowe",
            "screen_name" : "yui_lowe60",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "492980364413022818",
            "id" : "492980364413022818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "8",
      "id_str" : "1975181213299638623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975181213299638623",
      "created_at" : "Mon Oct 06 12:47:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@yui_lowe60 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "113428085029767555",
      "in_reply_to_status_id" : "113428085029767555",
      "in_reply_to_user_id" : "492980364413022818",
      "in_reply_to_user_id_str" : "492980364413022818",
      "in_reply_to_screen_name" : "yui_lowe60"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883472739562422627"
          ],
          "editableUntil" : "2025-01-26T11:11:09.000Z",
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
        "32"
      ],
      "favorite_count" : "21",
      "id_str" : "1883472739562422627",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1883472739562422627",
      "created_at" : "Sun Jan 26 11:11:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921118262129590549"
          ],
          "editableUntil" : "2025-05-10T08:21:01.000Z",
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
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "1921118262129590549",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1921118262129590549",
      "created_at" : "Sat May 10 08:21:01 +0000 2025",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1921110209065910540",
      "in_reply_to_status_id" : "1921110209065910540",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098155497059254741"
          ],
          "editableUntil" : "2026-09-10T21:03:47.000Z",
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
        "24"
      ],
      "favorite_count" : "18",
      "id_str" : "2098155497059254741",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098155497059254741",
      "created_at" : "Thu Sep 10 21:03:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898826710774710495"
          ],
          "editableUntil" : "2025-03-09T20:02:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1898826710774710495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898826710774710495",
      "created_at" : "Sun Mar 09 20:02:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894069946414006452"
          ],
          "editableUntil" : "2025-02-24T17:00:40.000Z",
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
        "29"
      ],
      "favorite_count" : "19",
      "id_str" : "1894069946414006452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894069946414006452",
      "created_at" : "Mon Feb 24 17:00:40 +0000 2025",
      "favorited" : false,
      "full_text" : "we are hiring a barista (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894060383400886443",
      "in_reply_to_status_id" : "1894060383400886443",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907051279545270581"
          ],
          "editableUntil" : "2025-04-01T12:43:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "21",
      "id_str" : "1907051279545270581",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907051279545270581",
      "created_at" : "Tue Apr 01 12:43:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "129126953849994026",
      "in_reply_to_status_id" : "129126953849994026",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019511919571894517"
          ],
          "editableUntil" : "2026-02-05T20:42:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn71",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "80537819881354651",
            "id" : "80537819881354651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "1",
      "id_str" : "2019511919571894517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2019511919571894517",
      "created_at" : "Thu Feb 05 20:42:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn71 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "523238541281572476",
      "in_reply_to_status_id" : "523238541281572476",
      "in_reply_to_user_id" : "80537819881354651",
      "in_reply_to_user_id_str" : "80537819881354651",
      "in_reply_to_screen_name" : "hana_dunn71"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990444415579062547"
          ],
          "editableUntil" : "2025-11-17T15:38:24.000Z",
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
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1990444415579062547",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1990444415579062547",
      "created_at" : "Mon Nov 17 15:38:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #lowe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962923389219766368"
          ],
          "editableUntil" : "2025-09-02T16:59:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Irwin",
            "screen_name" : "jun_irwin24",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "416876077621298480",
            "id" : "416876077621298480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "22",
      "id_str" : "1962923389219766368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962923389219766368",
      "created_at" : "Tue Sep 02 16:59:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@jun_irwin24 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "815206748987324264",
      "in_reply_to_status_id" : "815206748987324264",
      "in_reply_to_user_id" : "416876077621298480",
      "in_reply_to_user_id_str" : "416876077621298480",
      "in_reply_to_screen_name" : "jun_irwin24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870526923797430558"
          ],
          "editableUntil" : "2024-12-21T17:49:06.000Z",
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
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "1870526923797430558",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1870526923797430558",
      "created_at" : "Sat Dec 21 17:49:06 +0000 2024",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1870509056062390557",
      "in_reply_to_status_id" : "1870509056062390557",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008433512805302374"
          ],
          "editableUntil" : "2026-01-06T07:00:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "14",
      "id_str" : "2008433512805302374",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2008433512805302374",
      "created_at" : "Tue Jan 06 07:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_lowe94 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "371225851005903841",
      "in_reply_to_status_id" : "371225851005903841",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872616257614774515"
          ],
          "editableUntil" : "2024-12-27T12:11:22.000Z",
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
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "1872616257614774515",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1872616257614774515",
      "created_at" : "Fri Dec 27 12:11:22 +0000 2024",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1872602919728054463",
      "in_reply_to_status_id" : "1872602919728054463",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907771865166774530"
          ],
          "editableUntil" : "2025-04-03T12:27:12.000Z",
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
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1907771865166774530",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907771865166774530",
      "created_at" : "Thu Apr 03 12:27:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025600140571574767"
          ],
          "editableUntil" : "2026-02-22T15:54:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Hale",
            "screen_name" : "sol_hale3",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "933126752012179882",
            "id" : "933126752012179882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2025600140571574767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025600140571574767",
      "created_at" : "Sun Feb 22 15:54:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sol_hale3: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882810307965878536"
          ],
          "editableUntil" : "2025-01-24T15:18:53.000Z",
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
        "24"
      ],
      "favorite_count" : "22",
      "id_str" : "1882810307965878536",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1882810307965878536",
      "created_at" : "Fri Jan 24 15:18:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #vance",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929850341684150521"
          ],
          "editableUntil" : "2025-06-03T10:39:11.000Z",
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
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "1929850341684150521",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929850341684150521",
      "created_at" : "Tue Jun 03 10:39:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977431960712118686"
          ],
          "editableUntil" : "2025-10-12T17:51:33.000Z",
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
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1977431960712118686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1977431960712118686",
      "created_at" : "Sun Oct 12 17:51:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999401704092598376"
          ],
          "editableUntil" : "2025-12-12T08:51:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "1999401704092598376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999401704092598376",
      "created_at" : "Fri Dec 12 08:51:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@pia_lowe94 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "857579851784383854",
      "in_reply_to_status_id" : "857579851784383854",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086520694895542617"
          ],
          "editableUntil" : "2026-08-09T18:31:14.000Z",
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
        "32"
      ],
      "favorite_count" : "7",
      "id_str" : "2086520694895542617",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2086520694895542617",
      "created_at" : "Sun Aug 09 18:31:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009714440663990600"
          ],
          "editableUntil" : "2026-01-09T19:50:36.000Z",
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
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "2009714440663990600",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2009714440663990600",
      "created_at" : "Fri Jan 09 19:50:36 +0000 2026",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2009713937347510481",
      "in_reply_to_status_id" : "2009713937347510481",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910295766627254330"
          ],
          "editableUntil" : "2025-04-10T11:36:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vic Gray",
            "screen_name" : "vic_gray14",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "940929626553902680",
            "id" : "940929626553902680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "8",
      "id_str" : "1910295766627254330",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910295766627254330",
      "created_at" : "Thu Apr 10 11:36:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@vic_gray14 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "950933812426299606",
      "in_reply_to_status_id" : "950933812426299606",
      "in_reply_to_user_id" : "940929626553902680",
      "in_reply_to_user_id_str" : "940929626553902680",
      "in_reply_to_screen_name" : "vic_gray14"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998788660425654373"
          ],
          "editableUntil" : "2025-12-10T16:15:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "14",
      "id_str" : "1998788660425654373",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1998788660425654373",
      "created_at" : "Wed Dec 10 16:15:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@pia_lowe94 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "523641016968014434",
      "in_reply_to_status_id" : "523641016968014434",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001357218640822613"
          ],
          "editableUntil" : "2025-12-17T18:21:59.000Z",
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
        "28"
      ],
      "favorite_count" : "16",
      "id_str" : "2001357218640822613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2001357218640822613",
      "created_at" : "Wed Dec 17 18:21:59 +0000 2025",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2001347403969462439",
      "in_reply_to_status_id" : "2001347403969462439",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065758915261366751"
          ],
          "editableUntil" : "2026-06-13T11:31:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Cooper",
            "screen_name" : "kai_cooper64",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "311565330326497330",
            "id" : "311565330326497330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "2065758915261366751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065758915261366751",
      "created_at" : "Sat Jun 13 11:31:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kai_cooper64: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012074726519734508"
          ],
          "editableUntil" : "2026-01-16T08:09:32.000Z",
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
        "28"
      ],
      "favorite_count" : "25",
      "id_str" : "2012074726519734508",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012074726519734508",
      "created_at" : "Fri Jan 16 08:09:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918296464421814644"
          ],
          "editableUntil" : "2025-05-02T13:28:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Frost",
            "screen_name" : "lea_frost88",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "662100640540995757",
            "id" : "662100640540995757"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1918296464421814644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918296464421814644",
      "created_at" : "Fri May 02 13:28:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: we are hiring a barista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077418493178806679"
          ],
          "editableUntil" : "2026-07-15T15:42:20.000Z",
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
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2077418493178806679",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2077418493178806679",
      "created_at" : "Wed Jul 15 15:42:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883614939050934509"
          ],
          "editableUntil" : "2025-01-26T20:36:12.000Z",
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
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "1883614939050934509",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1883614939050934509",
      "created_at" : "Sun Jan 26 20:36:12 +0000 2025",
      "favorited" : false,
      "full_text" : "we are hiring a barista (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1883600846189494446",
      "in_reply_to_status_id" : "1883600846189494446",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029668011471798535"
          ],
          "editableUntil" : "2026-03-05T21:18:58.000Z",
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
        "30"
      ],
      "favorite_count" : "9",
      "id_str" : "2029668011471798535",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2029668011471798535",
      "created_at" : "Thu Mar 05 21:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095114660213686405"
          ],
          "editableUntil" : "2026-09-02T11:40:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Shaw",
            "screen_name" : "nia_shaw36",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "157865095976407641",
            "id" : "157865095976407641"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "25",
      "id_str" : "2095114660213686405",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095114660213686405",
      "created_at" : "Wed Sep 02 11:40:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@nia_shaw36 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "890597133381215912",
      "in_reply_to_status_id" : "890597133381215912",
      "in_reply_to_user_id" : "157865095976407641",
      "in_reply_to_user_id_str" : "157865095976407641",
      "in_reply_to_screen_name" : "nia_shaw36"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109571734041526723"
          ],
          "editableUntil" : "2026-10-12T09:07:50.000Z",
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
        "30"
      ],
      "favorite_count" : "23",
      "id_str" : "2109571734041526723",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2109571734041526723",
      "created_at" : "Mon Oct 12 09:07:50 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903402067293110722"
          ],
          "editableUntil" : "2025-03-22T11:03:11.000Z",
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
        "29"
      ],
      "favorite_count" : "14",
      "id_str" : "1903402067293110722",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903402067293110722",
      "created_at" : "Sat Mar 22 11:03:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995486493275062419"
          ],
          "editableUntil" : "2025-12-01T13:33:49.000Z",
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
        "275"
      ],
      "favorite_count" : "8",
      "id_str" : "1995486493275062419",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1995486493275062419",
      "created_at" : "Mon Dec 01 13:33:49 +0000 2025",
      "favorited" : false,
      "full_text" : "new seasonal menu rainy day soup special oat milk is back local beans roasted weekly fresh sourdough today closed monday for repairs try the cardamom bun thanks for coming by local beans roasted weekly new seasonal menu try the cardamom bun we are hiring a barista open late…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054562044572598660"
          ],
          "editableUntil" : "2026-05-13T13:58:58.000Z",
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
        "31"
      ],
      "favorite_count" : "20",
      "id_str" : "2054562044572598660",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2054562044572598660",
      "created_at" : "Wed May 13 13:58:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012848328143798654"
          ],
          "editableUntil" : "2026-01-18T11:23:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Lowe",
            "screen_name" : "pia_lowe94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "605510340525097301",
            "id" : "605510340525097301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "2012848328143798654",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2012848328143798654",
      "created_at" : "Sun Jan 18 11:23:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_lowe94 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "391591665368555880",
      "in_reply_to_status_id" : "391591665368555880",
      "in_reply_to_user_id" : "605510340525097301",
      "in_reply_to_user_id_str" : "605510340525097301",
      "in_reply_to_screen_name" : "pia_lowe94"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901619571979190671"
          ],
          "editableUntil" : "2025-03-17T13:00:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn71",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "80537819881354651",
            "id" : "80537819881354651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "20",
      "id_str" : "1901619571979190671",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1901619571979190671",
      "created_at" : "Mon Mar 17 13:00:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn71 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "270558423570198324",
      "in_reply_to_status_id" : "270558423570198324",
      "in_reply_to_user_id" : "80537819881354651",
      "in_reply_to_user_id_str" : "80537819881354651",
      "in_reply_to_screen_name" : "hana_dunn71"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924429711274934381"
          ],
          "editableUntil" : "2025-05-19T11:39:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1924429711274934381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924429711274934381",
      "created_at" : "Mon May 19 11:39:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "529194571431219316",
      "in_reply_to_status_id" : "529194571431219316",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947557686539190571"
          ],
          "editableUntil" : "2025-07-22T07:21:51.000Z",
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
        "27"
      ],
      "favorite_count" : "22",
      "id_str" : "1947557686539190571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947557686539190571",
      "created_at" : "Tue Jul 22 07:21:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953124945621942640"
          ],
          "editableUntil" : "2025-08-06T16:04:09.000Z",
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
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "1953124945621942640",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953124945621942640",
      "created_at" : "Wed Aug 06 16:04:09 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080186683487158669"
          ],
          "editableUntil" : "2026-07-23T07:02:08.000Z",
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
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "2080186683487158669",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2080186683487158669",
      "created_at" : "Thu Jul 23 07:02:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #vance",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852812901610422608"
          ],
          "editableUntil" : "2024-11-02T20:39:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Cooper",
            "screen_name" : "kai_cooper64",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "311565330326497330",
            "id" : "311565330326497330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1852812901610422608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852812901610422608",
      "created_at" : "Sat Nov 02 20:39:54 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kai_cooper64: live music this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092233630544822745"
          ],
          "editableUntil" : "2026-08-25T12:52:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Hale",
            "screen_name" : "sol_hale3",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "933126752012179882",
            "id" : "933126752012179882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2092233630544822745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092233630544822745",
      "created_at" : "Tue Aug 25 12:52:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sol_hale3: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982913303671734685"
          ],
          "editableUntil" : "2025-10-27T20:52:27.000Z",
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
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "1982913303671734685",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982913303671734685",
      "created_at" : "Mon Oct 27 20:52:27 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932504421757878445"
          ],
          "editableUntil" : "2025-06-10T18:25:33.000Z",
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
        "27"
      ],
      "favorite_count" : "14",
      "id_str" : "1932504421757878445",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932504421757878445",
      "created_at" : "Tue Jun 10 18:25:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020195444323254658"
          ],
          "editableUntil" : "2026-02-07T17:58:22.000Z",
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
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "2020195444323254658",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020195444323254658",
      "created_at" : "Sat Feb 07 17:58:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045818497790902525"
          ],
          "editableUntil" : "2026-04-19T10:55:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2045818497790902525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045818497790902525",
      "created_at" : "Sun Apr 19 10:55:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907801640530870697"
          ],
          "editableUntil" : "2025-04-03T14:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Dunn",
            "screen_name" : "ben_dunn56",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "247530151642738677",
            "id" : "247530151642738677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "7",
      "id_str" : "1907801640530870697",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907801640530870697",
      "created_at" : "Thu Apr 03 14:25:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@ben_dunn56 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "872896115328503393",
      "in_reply_to_status_id" : "872896115328503393",
      "in_reply_to_user_id" : "247530151642738677",
      "in_reply_to_user_id_str" : "247530151642738677",
      "in_reply_to_screen_name" : "ben_dunn56"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024425995498422683"
          ],
          "editableUntil" : "2026-02-19T10:09:04.000Z",
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
        "32"
      ],
      "favorite_count" : "16",
      "id_str" : "2024425995498422683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024425995498422683",
      "created_at" : "Thu Feb 19 10:09:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872584364127158734"
          ],
          "editableUntil" : "2024-12-27T10:04:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Irwin",
            "screen_name" : "kai_irwin48",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "105024627323151523",
            "id" : "105024627323151523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1872584364127158734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872584364127158734",
      "created_at" : "Fri Dec 27 10:04:38 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kai_irwin48: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870795254395830698"
          ],
          "editableUntil" : "2024-12-22T11:35:21.000Z",
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
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "1870795254395830698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870795254395830698",
      "created_at" : "Sun Dec 22 11:35:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Live music this weekend! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893316204819382576"
          ],
          "editableUntil" : "2025-02-22T15:05:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1893316204819382576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893316204819382576",
      "created_at" : "Sat Feb 22 15:05:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: local beans roasted weekly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004573738103734674"
          ],
          "editableUntil" : "2025-12-26T15:23:17.000Z",
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
        "28"
      ],
      "favorite_count" : "22",
      "id_str" : "2004573738103734674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004573738103734674",
      "created_at" : "Fri Dec 26 15:23:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #lowe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067161159168950631"
          ],
          "editableUntil" : "2026-06-17T08:23:21.000Z",
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
        "32"
      ],
      "favorite_count" : "9",
      "id_str" : "2067161159168950631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067161159168950631",
      "created_at" : "Wed Jun 17 08:23:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987534390686646649"
          ],
          "editableUntil" : "2025-11-09T14:55:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "10",
      "id_str" : "1987534390686646649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987534390686646649",
      "created_at" : "Sun Nov 09 14:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@uma_cooper10 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "854117275151986423",
      "in_reply_to_status_id" : "854117275151986423",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890050507142070367"
          ],
          "editableUntil" : "2025-02-13T14:48:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Irwin",
            "screen_name" : "jun_irwin24",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "416876077621298480",
            "id" : "416876077621298480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1890050507142070367",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1890050507142070367",
      "created_at" : "Thu Feb 13 14:48:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@jun_irwin24 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "246017915717986541",
      "in_reply_to_status_id" : "246017915717986541",
      "in_reply_to_user_id" : "416876077621298480",
      "in_reply_to_user_id_str" : "416876077621298480",
      "in_reply_to_screen_name" : "jun_irwin24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857109139780534497"
          ],
          "editableUntil" : "2024-11-14T17:11:37.000Z",
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
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "1857109139780534497",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1857109139780534497",
      "created_at" : "Thu Nov 14 17:11:37 +0000 2024",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1857101590033334471",
      "in_reply_to_status_id" : "1857101590033334471",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909271727305654616"
          ],
          "editableUntil" : "2025-04-07T15:47:07.000Z",
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
        "28"
      ],
      "favorite_count" : "20",
      "id_str" : "1909271727305654616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909271727305654616",
      "created_at" : "Mon Apr 07 15:47:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886377496409014279"
          ],
          "editableUntil" : "2025-02-03T11:33:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "7",
      "id_str" : "1886377496409014279",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1886377496409014279",
      "created_at" : "Mon Feb 03 11:33:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@uma_cooper10 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "400776333772412606",
      "in_reply_to_status_id" : "400776333772412606",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108266936398774583"
          ],
          "editableUntil" : "2026-10-08T18:43:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Irwin",
            "screen_name" : "jun_irwin24",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "416876077621298480",
            "id" : "416876077621298480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "13",
      "id_str" : "2108266936398774583",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2108266936398774583",
      "created_at" : "Thu Oct 08 18:43:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@jun_irwin24 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "286788379424758164",
      "in_reply_to_status_id" : "286788379424758164",
      "in_reply_to_user_id" : "416876077621298480",
      "in_reply_to_user_id_str" : "416876077621298480",
      "in_reply_to_screen_name" : "jun_irwin24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014372064261046429"
          ],
          "editableUntil" : "2026-01-22T16:18:20.000Z",
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
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "2014372064261046429",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014372064261046429",
      "created_at" : "Thu Jan 22 16:18:20 +0000 2026",
      "favorited" : false,
      "full_text" : "closed monday for repairs (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014364262855606428",
      "in_reply_to_status_id" : "2014364262855606428",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879209946772406707"
          ],
          "editableUntil" : "2025-01-14T16:52:20.000Z",
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
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "1879209946772406707",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1879209946772406707",
      "created_at" : "Tue Jan 14 16:52:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919505204114358379"
          ],
          "editableUntil" : "2025-05-05T21:31:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "1919505204114358379",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1919505204114358379",
      "created_at" : "Mon May 05 21:31:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "175535041028670428",
      "in_reply_to_status_id" : "175535041028670428",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018946766468022440"
          ],
          "editableUntil" : "2026-02-04T07:16:34.000Z",
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
        "27"
      ],
      "favorite_count" : "22",
      "id_str" : "2018946766468022440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018946766468022440",
      "created_at" : "Wed Feb 04 07:16:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #gray",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996672206238646364"
          ],
          "editableUntil" : "2025-12-04T20:05:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yui Lowe",
            "screen_name" : "yui_lowe60",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "492980364413022818",
            "id" : "492980364413022818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "1996672206238646364",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996672206238646364",
      "created_at" : "Thu Dec 04 20:05:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@yui_lowe60 try the cardamom bun, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "520501740434074365",
      "in_reply_to_status_id" : "520501740434074365",
      "in_reply_to_user_id" : "492980364413022818",
      "in_reply_to_user_id_str" : "492980364413022818",
      "in_reply_to_screen_name" : "yui_lowe60"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075187337360310662"
          ],
          "editableUntil" : "2026-07-09T11:56:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "2075187337360310662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075187337360310662",
      "created_at" : "Thu Jul 09 11:56:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051991758304182690"
          ],
          "editableUntil" : "2026-05-06T11:45:34.000Z",
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
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "2051991758304182690",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051991758304182690",
      "created_at" : "Wed May 06 11:45:34 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #lowe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984535362663350567"
          ],
          "editableUntil" : "2025-11-01T08:17:56.000Z",
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
        "27"
      ],
      "favorite_count" : "25",
      "id_str" : "1984535362663350567",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1984535362663350567",
      "created_at" : "Sat Nov 01 08:17:56 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1984519508194230564",
      "in_reply_to_status_id" : "1984519508194230564",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921110209065910540"
          ],
          "editableUntil" : "2025-05-10T07:49:01.000Z",
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
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "1921110209065910540",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1921110209065910540",
      "created_at" : "Sat May 10 07:49:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911379121796022750"
          ],
          "editableUntil" : "2025-04-13T11:21:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Irwin",
            "screen_name" : "kai_irwin48",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "105024627323151523",
            "id" : "105024627323151523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1911379121796022750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911379121796022750",
      "created_at" : "Sun Apr 13 11:21:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @kai_irwin48: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879238908441526588"
          ],
          "editableUntil" : "2025-01-14T18:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Webb",
            "screen_name" : "mo_webb58",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "443368371326585220",
            "id" : "443368371326585220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1879238908441526588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879238908441526588",
      "created_at" : "Tue Jan 14 18:47:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_webb58: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930015408518070770"
          ],
          "editableUntil" : "2025-06-03T21:35:06.000Z",
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
        "28"
      ],
      "favorite_count" : "13",
      "id_str" : "1930015408518070770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930015408518070770",
      "created_at" : "Tue Jun 03 21:35:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953376897463222579"
          ],
          "editableUntil" : "2025-08-07T08:45:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1953376897463222579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953376897463222579",
      "created_at" : "Thu Aug 07 08:45:19 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064711517860790747"
          ],
          "editableUntil" : "2026-06-10T14:09:21.000Z",
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
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "2064711517860790747",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2064711517860790747",
      "created_at" : "Wed Jun 10 14:09:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068608084997046739"
          ],
          "editableUntil" : "2026-06-21T08:12:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "25",
      "id_str" : "2068608084997046739",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2068608084997046739",
      "created_at" : "Sun Jun 21 08:12:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@femi_lowe20 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "521521833662182272",
      "in_reply_to_status_id" : "521521833662182272",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996176259150774286"
          ],
          "editableUntil" : "2025-12-03T11:14:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dev Moss",
            "screen_name" : "dev_moss75",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "617829889515776292",
            "id" : "617829889515776292"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "7",
      "id_str" : "1996176259150774286",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1996176259150774286",
      "created_at" : "Wed Dec 03 11:14:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_moss75 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "526832333431592715",
      "in_reply_to_status_id" : "526832333431592715",
      "in_reply_to_user_id" : "617829889515776292",
      "in_reply_to_user_id_str" : "617829889515776292",
      "in_reply_to_screen_name" : "dev_moss75"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091947881001910436"
          ],
          "editableUntil" : "2026-08-24T17:56:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Hale",
            "screen_name" : "uma_hale12",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "610155683535678526",
            "id" : "610155683535678526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2091947881001910436",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091947881001910436",
      "created_at" : "Mon Aug 24 17:56:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @uma_hale12: local beans roasted weekly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081808323048374605"
          ],
          "editableUntil" : "2026-07-27T18:25:57.000Z",
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
        "28"
      ],
      "favorite_count" : "15",
      "id_str" : "2081808323048374605",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081808323048374605",
      "created_at" : "Mon Jul 27 18:25:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894079257768886641"
          ],
          "editableUntil" : "2025-02-24T17:37:40.000Z",
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
        "25"
      ],
      "favorite_count" : "9",
      "id_str" : "1894079257768886641",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1894079257768886641",
      "created_at" : "Mon Feb 24 17:37:40 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894060383400886443",
      "in_reply_to_status_id" : "1894060383400886443",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001347403969462439"
          ],
          "editableUntil" : "2025-12-17T17:42:59.000Z",
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
        "26"
      ],
      "favorite_count" : "10",
      "id_str" : "2001347403969462439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2001347403969462439",
      "created_at" : "Wed Dec 17 17:42:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870509056062390557"
          ],
          "editableUntil" : "2024-12-21T16:38:06.000Z",
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
        "29"
      ],
      "favorite_count" : "20",
      "id_str" : "1870509056062390557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870509056062390557",
      "created_at" : "Sat Dec 21 16:38:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027107548263350731"
          ],
          "editableUntil" : "2026-02-26T19:44:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn71",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "80537819881354651",
            "id" : "80537819881354651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "2",
      "id_str" : "2027107548263350731",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027107548263350731",
      "created_at" : "Thu Feb 26 19:44:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn71 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "364321043733378675",
      "in_reply_to_status_id" : "364321043733378675",
      "in_reply_to_user_id" : "80537819881354651",
      "in_reply_to_user_id_str" : "80537819881354651",
      "in_reply_to_screen_name" : "hana_dunn71"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111741615272886724"
          ],
          "editableUntil" : "2026-10-18T08:50:10.000Z",
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
        "27"
      ],
      "favorite_count" : "14",
      "id_str" : "2111741615272886724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2111741615272886724",
      "created_at" : "Sun Oct 18 08:50:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909282548609974632"
          ],
          "editableUntil" : "2025-04-07T16:30:07.000Z",
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
        "26"
      ],
      "favorite_count" : "14",
      "id_str" : "1909282548609974632",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909282548609974632",
      "created_at" : "Mon Apr 07 16:30:07 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1909271727305654616",
      "in_reply_to_status_id" : "1909271727305654616",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992664485852086438"
          ],
          "editableUntil" : "2025-11-23T18:40:10.000Z",
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
        "31"
      ],
      "favorite_count" : "15",
      "id_str" : "1992664485852086438",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1992664485852086438",
      "created_at" : "Sun Nov 23 18:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022712458736566450"
          ],
          "editableUntil" : "2026-02-14T16:40:05.000Z",
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
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "2022712458736566450",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022712458736566450",
      "created_at" : "Sat Feb 14 16:40:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018768537908150717"
          ],
          "editableUntil" : "2026-02-03T19:28:21.000Z",
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
        "32"
      ],
      "favorite_count" : "12",
      "id_str" : "2018768537908150717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018768537908150717",
      "created_at" : "Tue Feb 03 19:28:21 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2018757716603830599",
      "in_reply_to_status_id" : "2018757716603830599",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087501713241014682"
          ],
          "editableUntil" : "2026-08-12T11:29:27.000Z",
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
        "22"
      ],
      "favorite_count" : "23",
      "id_str" : "2087501713241014682",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087501713241014682",
      "created_at" : "Wed Aug 12 11:29:27 +0000 2026",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2087493156860854529",
      "in_reply_to_status_id" : "2087493156860854529",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899535845946294500"
          ],
          "editableUntil" : "2025-03-11T19:00:12.000Z",
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
        "33"
      ],
      "favorite_count" : "18",
      "id_str" : "1899535845946294500",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1899535845946294500",
      "created_at" : "Tue Mar 11 19:00:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988723501036470582"
          ],
          "editableUntil" : "2025-11-12T21:40:06.000Z",
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
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "1988723501036470582",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1988723501036470582",
      "created_at" : "Wed Nov 12 21:40:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032044306985910464"
          ],
          "editableUntil" : "2026-03-12T10:41:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dev Moss",
            "screen_name" : "dev_moss75",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "617829889515776292",
            "id" : "617829889515776292"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "22",
      "id_str" : "2032044306985910464",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2032044306985910464",
      "created_at" : "Thu Mar 12 10:41:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@dev_moss75 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "465584481735353754",
      "in_reply_to_status_id" : "465584481735353754",
      "in_reply_to_user_id" : "617829889515776292",
      "in_reply_to_user_id_str" : "617829889515776292",
      "in_reply_to_screen_name" : "dev_moss75"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067358643778486618"
          ],
          "editableUntil" : "2026-06-17T21:28:05.000Z",
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
        "29"
      ],
      "favorite_count" : "21",
      "id_str" : "2067358643778486618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067358643778486618",
      "created_at" : "Wed Jun 17 21:28:05 +0000 2026",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2067355875537846534",
      "in_reply_to_status_id" : "2067355875537846534",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911353914028982382"
          ],
          "editableUntil" : "2025-04-13T09:40:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "12",
      "id_str" : "1911353914028982382",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911353914028982382",
      "created_at" : "Sun Apr 13 09:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "477955720512897381",
      "in_reply_to_status_id" : "477955720512897381",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078852102091702398"
          ],
          "editableUntil" : "2026-07-19T14:38:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dev Quinn",
            "screen_name" : "dev_quinn8",
            "indices" : [
              "7",
              "18"
            ],
            "id_str" : "704342283377121510",
            "id" : "704342283377121510"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "23",
      "id_str" : "2078852102091702398",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2078852102091702398",
      "created_at" : "Sun Jul 19 14:38:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks @dev_quinn8 for the closed monday for repairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852443265987510752"
          ],
          "editableUntil" : "2024-11-01T20:11:06.000Z",
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
        "27"
      ],
      "favorite_count" : "18",
      "id_str" : "1852443265987510752",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1852443265987510752",
      "created_at" : "Fri Nov 01 20:11:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956114872005558611"
          ],
          "editableUntil" : "2025-08-14T22:05:03.000Z",
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
        "31"
      ],
      "favorite_count" : "20",
      "id_str" : "1956114872005558611",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956114872005558611",
      "created_at" : "Thu Aug 14 22:05:03 +0000 2025",
      "favorited" : false,
      "full_text" : "closed monday for repairs (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1956101030802358510",
      "in_reply_to_status_id" : "1956101030802358510",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115047771206582603"
          ],
          "editableUntil" : "2026-10-27T11:47:39.000Z",
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
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "2115047771206582603",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2115047771206582603",
      "created_at" : "Tue Oct 27 11:47:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110743287034806480"
          ],
          "editableUntil" : "2026-10-15T14:43:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Dunn",
            "screen_name" : "ben_dunn56",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "247530151642738677",
            "id" : "247530151642738677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "20",
      "id_str" : "2110743287034806480",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2110743287034806480",
      "created_at" : "Thu Oct 15 14:43:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@ben_dunn56 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "289108765727354272",
      "in_reply_to_status_id" : "289108765727354272",
      "in_reply_to_user_id" : "247530151642738677",
      "in_reply_to_user_id_str" : "247530151642738677",
      "in_reply_to_screen_name" : "ben_dunn56"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888549252494262442"
          ],
          "editableUntil" : "2025-02-09T11:23:24.000Z",
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
        "32"
      ],
      "favorite_count" : "5",
      "id_str" : "1888549252494262442",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1888549252494262442",
      "created_at" : "Sun Feb 09 11:23:24 +0000 2025",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888542457721782433",
      "in_reply_to_status_id" : "1888542457721782433",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014364262855606428"
          ],
          "editableUntil" : "2026-01-22T15:47:20.000Z",
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
        "26"
      ],
      "favorite_count" : "14",
      "id_str" : "2014364262855606428",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014364262855606428",
      "created_at" : "Thu Jan 22 15:47:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998088501064630713"
          ],
          "editableUntil" : "2025-12-08T17:53:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn74",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "899082352035573140",
            "id" : "899082352035573140"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1998088501064630713",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998088501064630713",
      "created_at" : "Mon Dec 08 17:53:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn74 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "278514776973971793",
      "in_reply_to_status_id" : "278514776973971793",
      "in_reply_to_user_id" : "899082352035573140",
      "in_reply_to_user_id_str" : "899082352035573140",
      "in_reply_to_screen_name" : "hana_dunn74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975628540015542573"
          ],
          "editableUntil" : "2025-10-07T18:25:24.000Z",
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
        "33"
      ],
      "favorite_count" : "6",
      "id_str" : "1975628540015542573",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1975628540015542573",
      "created_at" : "Tue Oct 07 18:25:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956417470067638687"
          ],
          "editableUntil" : "2025-08-15T18:07:28.000Z",
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
        "34"
      ],
      "favorite_count" : "23",
      "id_str" : "1956417470067638687",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956417470067638687",
      "created_at" : "Fri Aug 15 18:07:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #quinn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927844172526518665"
          ],
          "editableUntil" : "2025-05-28T21:47:23.000Z",
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
        "28"
      ],
      "favorite_count" : "5",
      "id_str" : "1927844172526518665",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927844172526518665",
      "created_at" : "Wed May 28 21:47:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912096347780022502"
          ],
          "editableUntil" : "2025-04-15T10:51:09.000Z",
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
        "34"
      ],
      "favorite_count" : "14",
      "id_str" : "1912096347780022502",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912096347780022502",
      "created_at" : "Tue Apr 15 10:51:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #baker",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978206069846966304"
          ],
          "editableUntil" : "2025-10-14T21:07:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn71",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "80537819881354651",
            "id" : "80537819881354651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "24",
      "id_str" : "1978206069846966304",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978206069846966304",
      "created_at" : "Tue Oct 14 21:07:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn71 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "511165497280703982",
      "in_reply_to_status_id" : "511165497280703982",
      "in_reply_to_user_id" : "80537819881354651",
      "in_reply_to_user_id_str" : "80537819881354651",
      "in_reply_to_screen_name" : "hana_dunn71"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056276667659190729"
          ],
          "editableUntil" : "2026-05-18T07:32:16.000Z",
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
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "2056276667659190729",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2056276667659190729",
      "created_at" : "Mon May 18 07:32:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034547090125750725"
          ],
          "editableUntil" : "2026-03-19T08:26:41.000Z",
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
        "34"
      ],
      "favorite_count" : "13",
      "id_str" : "2034547090125750725",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2034547090125750725",
      "created_at" : "Thu Mar 19 08:26:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936853877257142614"
          ],
          "editableUntil" : "2025-06-22T18:28:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1936853877257142614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936853877257142614",
      "created_at" : "Sun Jun 22 18:28:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001390383002550551"
          ],
          "editableUntil" : "2025-12-17T20:33:46.000Z",
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
        "34"
      ],
      "favorite_count" : "12",
      "id_str" : "2001390383002550551",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2001390383002550551",
      "created_at" : "Wed Dec 17 20:33:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985068479673270543"
          ],
          "editableUntil" : "2025-11-02T19:36:21.000Z",
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
        "32"
      ],
      "favorite_count" : "23",
      "id_str" : "1985068479673270543",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1985068479673270543",
      "created_at" : "Sun Nov 02 19:36:21 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1985065208116150527",
      "in_reply_to_status_id" : "1985065208116150527",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966947559666614765"
          ],
          "editableUntil" : "2025-09-13T19:30:17.000Z",
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
        "24"
      ],
      "favorite_count" : "19",
      "id_str" : "1966947559666614765",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1966947559666614765",
      "created_at" : "Sat Sep 13 19:30:17 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878538300289974651"
          ],
          "editableUntil" : "2025-01-12T20:23:27.000Z",
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
        "29"
      ],
      "favorite_count" : "21",
      "id_str" : "1878538300289974651",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1878538300289974651",
      "created_at" : "Sun Jan 12 20:23:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853093886423990482"
          ],
          "editableUntil" : "2024-11-03T15:16:26.000Z",
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
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "1853093886423990482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1853093886423990482",
      "created_at" : "Sun Nov 03 15:16:26 +0000 2024",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1853074257081270444",
      "in_reply_to_status_id" : "1853074257081270444",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096978415973302712"
          ],
          "editableUntil" : "2026-09-07T15:06:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "2096978415973302712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096978415973302712",
      "created_at" : "Mon Sep 07 15:06:29 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054902861132726615"
          ],
          "editableUntil" : "2026-05-14T12:33:15.000Z",
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
        "27"
      ],
      "favorite_count" : "12",
      "id_str" : "2054902861132726615",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2054902861132726615",
      "created_at" : "Thu May 14 12:33:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1857124990055350413",
          "editControlInitial" : {
            "editTweetIds" : [
              "1857124990055350413",
              "1857125745030070414"
            ],
            "editableUntil" : "2024-11-14T18:17:36.000Z",
            "editsRemaining" : "5",
            "isEditEligible" : true
          }
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
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "1857125745030070414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1857125745030070414",
      "created_at" : "Thu Nov 14 18:17:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Pumpkin bread is back today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976266149721014313"
          ],
          "editableUntil" : "2025-10-09T12:39:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sol Ellis",
            "screen_name" : "sol_ellis29",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "68149772722318118",
            "id" : "68149772722318118"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "22",
      "id_str" : "1976266149721014313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976266149721014313",
      "created_at" : "Thu Oct 09 12:39:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@sol_ellis29 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "926224760312991143",
      "in_reply_to_status_id" : "926224760312991143",
      "in_reply_to_user_id" : "68149772722318118",
      "in_reply_to_user_id_str" : "68149772722318118",
      "in_reply_to_screen_name" : "sol_ellis29"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936056414237622369"
          ],
          "editableUntil" : "2025-06-20T13:39:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn74",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "899082352035573140",
            "id" : "899082352035573140"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "5",
      "id_str" : "1936056414237622369",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1936056414237622369",
      "created_at" : "Fri Jun 20 13:39:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn74 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "645280229598668094",
      "in_reply_to_status_id" : "645280229598668094",
      "in_reply_to_user_id" : "899082352035573140",
      "in_reply_to_user_id_str" : "899082352035573140",
      "in_reply_to_screen_name" : "hana_dunn74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946311546237878572"
          ],
          "editableUntil" : "2025-07-18T20:50:08.000Z",
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
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1946311546237878572",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946311546237878572",
      "created_at" : "Fri Jul 18 20:50:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869483926221750769"
          ],
          "editableUntil" : "2024-12-18T20:44:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1869483926221750769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869483926221750769",
      "created_at" : "Wed Dec 18 20:44:36 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888552524051382487"
          ],
          "editableUntil" : "2025-02-09T11:36:24.000Z",
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
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "1888552524051382487",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1888552524051382487",
      "created_at" : "Sun Feb 09 11:36:24 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888542457721782433",
      "in_reply_to_status_id" : "1888542457721782433",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003413438428086434"
          ],
          "editableUntil" : "2025-12-23T10:32:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2003413438428086434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003413438428086434",
      "created_at" : "Tue Dec 23 10:32:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941446447199158758"
          ],
          "editableUntil" : "2025-07-05T10:37:58.000Z",
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
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "1941446447199158758",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1941446447199158758",
      "created_at" : "Sat Jul 05 10:37:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888181508502454448"
          ],
          "editableUntil" : "2025-02-08T11:02:07.000Z",
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
        "32"
      ],
      "favorite_count" : "8",
      "id_str" : "1888181508502454448",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1888181508502454448",
      "created_at" : "Sat Feb 08 11:02:07 +0000 2025",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1888169177248694417",
      "in_reply_to_status_id" : "1888169177248694417",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098848438023094761"
          ],
          "editableUntil" : "2026-09-12T18:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yui Lowe",
            "screen_name" : "yui_lowe60",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "492980364413022818",
            "id" : "492980364413022818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "15",
      "id_str" : "2098848438023094761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098848438023094761",
      "created_at" : "Sat Sep 12 18:57:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@yui_lowe60 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "763117867178269262",
      "in_reply_to_status_id" : "763117867178269262",
      "in_reply_to_user_id" : "492980364413022818",
      "in_reply_to_user_id_str" : "492980364413022818",
      "in_reply_to_screen_name" : "yui_lowe60"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878823731065782681"
          ],
          "editableUntil" : "2025-01-13T15:17:39.000Z",
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
        "34"
      ],
      "favorite_count" : "10",
      "id_str" : "1878823731065782681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878823731065782681",
      "created_at" : "Mon Jan 13 15:17:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931110356743094460"
          ],
          "editableUntil" : "2025-06-06T22:06:02.000Z",
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
        "22"
      ],
      "favorite_count" : "15",
      "id_str" : "1931110356743094460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931110356743094460",
      "created_at" : "Fri Jun 06 22:06:02 +0000 2025",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1931093747299254399",
      "in_reply_to_status_id" : "1931093747299254399",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030235626632118574"
          ],
          "editableUntil" : "2026-03-07T10:54:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "2030235626632118574",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2030235626632118574",
      "created_at" : "Sat Mar 07 10:54:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@femi_lowe20 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "914508111844646925",
      "in_reply_to_status_id" : "914508111844646925",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099548568023990601"
          ],
          "editableUntil" : "2026-09-14T17:19:21.000Z",
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
        "25"
      ],
      "favorite_count" : "23",
      "id_str" : "2099548568023990601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099548568023990601",
      "created_at" : "Mon Sep 14 17:19:21 +0000 2026",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2099545799783350461",
      "in_reply_to_status_id" : "2099545799783350461",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942962394493878643"
          ],
          "editableUntil" : "2025-07-09T15:01:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1942962394493878643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942962394493878643",
      "created_at" : "Wed Jul 09 15:01:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894031660807094520"
          ],
          "editableUntil" : "2025-02-24T14:28:32.000Z",
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
        "28"
      ],
      "favorite_count" : "25",
      "id_str" : "1894031660807094520",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1894031660807094520",
      "created_at" : "Mon Feb 24 14:28:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934321805292470476"
          ],
          "editableUntil" : "2025-06-15T18:47:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Ellis",
            "screen_name" : "mo_ellis22",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "771161513634464648",
            "id" : "771161513634464648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1934321805292470476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934321805292470476",
      "created_at" : "Sun Jun 15 18:47:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895739568812982365"
          ],
          "editableUntil" : "2025-03-01T07:35:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yui Lowe",
            "screen_name" : "yui_lowe60",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "492980364413022818",
            "id" : "492980364413022818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "18",
      "id_str" : "1895739568812982365",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1895739568812982365",
      "created_at" : "Sat Mar 01 07:35:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@yui_lowe60 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "202645884672500433",
      "in_reply_to_status_id" : "202645884672500433",
      "in_reply_to_user_id" : "492980364413022818",
      "in_reply_to_user_id_str" : "492980364413022818",
      "in_reply_to_screen_name" : "yui_lowe60"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882099209860022733"
          ],
          "editableUntil" : "2025-01-22T16:13:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1882099209860022733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882099209860022733",
      "created_at" : "Wed Jan 22 16:13:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883915666453430710"
          ],
          "editableUntil" : "2025-01-27T16:31:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Ellis",
            "screen_name" : "mo_ellis22",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "771161513634464648",
            "id" : "771161513634464648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1883915666453430710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883915666453430710",
      "created_at" : "Mon Jan 27 16:31:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: local beans roasted weekly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059725534786486485"
          ],
          "editableUntil" : "2026-05-27T19:56:50.000Z",
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
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "2059725534786486485",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2059725534786486485",
      "created_at" : "Wed May 27 19:56:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101239623316406577"
          ],
          "editableUntil" : "2026-09-19T09:19:00.000Z",
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
        "30"
      ],
      "favorite_count" : "22",
      "id_str" : "2101239623316406577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101239623316406577",
      "created_at" : "Sat Sep 19 09:19:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970110035522486638"
          ],
          "editableUntil" : "2025-09-22T12:56:50.000Z",
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
        "23"
      ],
      "favorite_count" : "11",
      "id_str" : "1970110035522486638",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970110035522486638",
      "created_at" : "Mon Sep 22 12:56:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #reed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002677912695734766"
          ],
          "editableUntil" : "2025-12-21T09:49:57.000Z",
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
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "2002677912695734766",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002677912695734766",
      "created_at" : "Sun Dec 21 09:49:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958799075570614666"
          ],
          "editableUntil" : "2025-08-22T07:51:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1958799075570614666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958799075570614666",
      "created_at" : "Fri Aug 22 07:51:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: fresh sourdough today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004448508769206648"
          ],
          "editableUntil" : "2025-12-26T07:05:40.000Z",
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
        "27"
      ],
      "favorite_count" : "24",
      "id_str" : "2004448508769206648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004448508769206648",
      "created_at" : "Fri Dec 26 07:05:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #lowe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888542457721782433"
          ],
          "editableUntil" : "2025-02-09T10:56:24.000Z",
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
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1888542457721782433",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1888542457721782433",
      "created_at" : "Sun Feb 09 10:56:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894060383400886443"
          ],
          "editableUntil" : "2025-02-24T16:22:40.000Z",
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
        "29"
      ],
      "favorite_count" : "8",
      "id_str" : "1894060383400886443",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1894060383400886443",
      "created_at" : "Mon Feb 24 16:22:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061798749893558621"
          ],
          "editableUntil" : "2026-06-02T13:15:03.000Z",
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
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "2061798749893558621",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2061798749893558621",
      "created_at" : "Tue Jun 02 13:15:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014239960462262541"
          ],
          "editableUntil" : "2026-01-22T07:33:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "2014239960462262541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014239960462262541",
      "created_at" : "Thu Jan 22 07:33:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852248356680630550"
          ],
          "editableUntil" : "2024-11-01T07:16:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1852248356680630550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852248356680630550",
      "created_at" : "Fri Nov 01 07:16:36 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: we are hiring a barista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943369615274934406"
          ],
          "editableUntil" : "2025-07-10T17:59:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Young",
            "screen_name" : "lea_young49",
            "indices" : [
              "7",
              "19"
            ],
            "id_str" : "478804280141957946",
            "id" : "478804280141957946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "1943369615274934406",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943369615274934406",
      "created_at" : "Thu Jul 10 17:59:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks @lea_young49 for the thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099768584434614626"
          ],
          "editableUntil" : "2026-09-15T07:53:37.000Z",
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
        "24"
      ],
      "favorite_count" : "25",
      "id_str" : "2099768584434614626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099768584434614626",
      "created_at" : "Tue Sep 15 07:53:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #ellis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905644933608374619"
          ],
          "editableUntil" : "2025-03-28T15:35:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Webb",
            "screen_name" : "mo_webb58",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "443368371326585220",
            "id" : "443368371326585220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "1905644933608374619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905644933608374619",
      "created_at" : "Fri Mar 28 15:35:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_webb58: new seasonal menu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984519508194230564"
          ],
          "editableUntil" : "2025-11-01T07:14:56.000Z",
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
        "30"
      ],
      "favorite_count" : "24",
      "id_str" : "1984519508194230564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984519508194230564",
      "created_at" : "Sat Nov 01 07:14:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Live music this weekend! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998122533647286456"
          ],
          "editableUntil" : "2025-12-08T20:08:30.000Z",
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
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "1998122533647286456",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1998122533647286456",
      "created_at" : "Mon Dec 08 20:08:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897366442865590432"
          ],
          "editableUntil" : "2025-03-05T19:19:46.000Z",
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
        "31"
      ],
      "favorite_count" : "8",
      "id_str" : "1897366442865590432",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897366442865590432",
      "created_at" : "Wed Mar 05 19:19:46 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979180993868726553"
          ],
          "editableUntil" : "2025-10-17T13:41:35.000Z",
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
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "1979180993868726553",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1979180993868726553",
      "created_at" : "Fri Oct 17 13:41:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104309891593142430"
          ],
          "editableUntil" : "2026-09-27T20:39:09.000Z",
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
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "2104309891593142430",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104309891593142430",
      "created_at" : "Sun Sep 27 20:39:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #frost",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102086591706038755"
          ],
          "editableUntil" : "2026-09-21T17:24:33.000Z",
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
        "35"
      ],
      "favorite_count" : "20",
      "id_str" : "2102086591706038755",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102086591706038755",
      "created_at" : "Mon Sep 21 17:24:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918297714324406370"
          ],
          "editableUntil" : "2025-05-02T13:33:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn74",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "899082352035573140",
            "id" : "899082352035573140"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "4",
      "id_str" : "1918297714324406370",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918297714324406370",
      "created_at" : "Fri May 02 13:33:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn74 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "241874719928682656",
      "in_reply_to_status_id" : "241874719928682656",
      "in_reply_to_user_id" : "899082352035573140",
      "in_reply_to_user_id_str" : "899082352035573140",
      "in_reply_to_screen_name" : "hana_dunn74"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091536562385846593"
          ],
          "editableUntil" : "2026-08-23T14:42:30.000Z",
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
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "2091536562385846593",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2091536562385846593",
      "created_at" : "Sun Aug 23 14:42:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954159697195958715"
          ],
          "editableUntil" : "2025-08-09T12:35:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Frost",
            "screen_name" : "nia_frost71",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "518769075612283471",
            "id" : "518769075612283471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1954159697195958715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954159697195958715",
      "created_at" : "Sat Aug 09 12:35:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_frost71: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046222136636342467"
          ],
          "editableUntil" : "2026-04-20T13:39:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Hale",
            "screen_name" : "uma_hale12",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "610155683535678526",
            "id" : "610155683535678526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2046222136636342467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046222136636342467",
      "created_at" : "Mon Apr 20 13:39:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @uma_hale12: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896678551843766377"
          ],
          "editableUntil" : "2025-03-03T21:46:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "1896678551843766377",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1896678551843766377",
      "created_at" : "Mon Mar 03 21:46:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "192196779490047901",
      "in_reply_to_status_id" : "192196779490047901",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943373138490294431"
          ],
          "editableUntil" : "2025-07-10T18:13:57.000Z",
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
        "25"
      ],
      "favorite_count" : "21",
      "id_str" : "1943373138490294431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943373138490294431",
      "created_at" : "Thu Jul 10 18:13:57 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1943369615274934406",
      "in_reply_to_status_id" : "1943369615274934406",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067355875537846534"
          ],
          "editableUntil" : "2026-06-17T21:17:05.000Z",
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
        "23"
      ],
      "favorite_count" : "17",
      "id_str" : "2067355875537846534",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067355875537846534",
      "created_at" : "Wed Jun 17 21:17:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935809571058614721"
          ],
          "editableUntil" : "2025-06-19T21:19:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Frost",
            "screen_name" : "lea_frost88",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "662100640540995757",
            "id" : "662100640540995757"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1935809571058614721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935809571058614721",
      "created_at" : "Thu Jun 19 21:19:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984732721443766539"
          ],
          "editableUntil" : "2025-11-01T21:22:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hana Dunn",
            "screen_name" : "hana_dunn71",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "80537819881354651",
            "id" : "80537819881354651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "15",
      "id_str" : "1984732721443766539",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984732721443766539",
      "created_at" : "Sat Nov 01 21:22:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn71 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "475250315789783805",
      "in_reply_to_status_id" : "475250315789783805",
      "in_reply_to_user_id" : "80537819881354651",
      "in_reply_to_user_id_str" : "80537819881354651",
      "in_reply_to_screen_name" : "hana_dunn71"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900639044367286701"
          ],
          "editableUntil" : "2025-03-14T20:03:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Hale",
            "screen_name" : "uma_hale12",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "610155683535678526",
            "id" : "610155683535678526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1900639044367286701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900639044367286701",
      "created_at" : "Fri Mar 14 20:03:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @uma_hale12: open late on friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109566784762806667"
          ],
          "editableUntil" : "2026-10-12T08:48:10.000Z",
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
        "24"
      ],
      "favorite_count" : "12",
      "id_str" : "2109566784762806667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109566784762806667",
      "created_at" : "Mon Oct 12 08:48:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099545799783350461"
          ],
          "editableUntil" : "2026-09-14T17:08:21.000Z",
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
        "25"
      ],
      "favorite_count" : "11",
      "id_str" : "2099545799783350461",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2099545799783350461",
      "created_at" : "Mon Sep 14 17:08:21 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881069139129270699"
          ],
          "editableUntil" : "2025-01-19T20:00:06.000Z",
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
        "23"
      ],
      "favorite_count" : "24",
      "id_str" : "1881069139129270699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1881069139129270699",
      "created_at" : "Sun Jan 19 20:00:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067168960574390730"
          ],
          "editableUntil" : "2026-06-17T08:54:21.000Z",
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
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2067168960574390730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067168960574390730",
      "created_at" : "Wed Jun 17 08:54:21 +0000 2026",
      "favorited" : false,
      "full_text" : "new seasonal menu (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2067161159168950631",
      "in_reply_to_status_id" : "2067161159168950631",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948682716312502663"
          ],
          "editableUntil" : "2025-07-25T09:52:19.000Z",
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
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "1948682716312502663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948682716312502663",
      "created_at" : "Fri Jul 25 09:52:19 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029627700016054757"
          ],
          "editableUntil" : "2026-03-05T18:38:47.000Z",
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
        "25"
      ],
      "favorite_count" : "10",
      "id_str" : "2029627700016054757",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2029627700016054757",
      "created_at" : "Thu Mar 05 18:38:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026565245727670653"
          ],
          "editableUntil" : "2026-02-25T07:49:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "2026565245727670653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026565245727670653",
      "created_at" : "Wed Feb 25 07:49:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979196596679606700"
          ],
          "editableUntil" : "2025-10-17T14:43:35.000Z",
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
        "27"
      ],
      "favorite_count" : "17",
      "id_str" : "1979196596679606700",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1979196596679606700",
      "created_at" : "Fri Oct 17 14:43:35 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1979180993868726553",
      "in_reply_to_status_id" : "1979180993868726553",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020170937004982764"
          ],
          "editableUntil" : "2026-02-07T16:20:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "2020170937004982764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020170937004982764",
      "created_at" : "Sat Feb 07 16:20:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: live music this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035257747829686323"
          ],
          "editableUntil" : "2026-03-21T07:30:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emi Kerr",
            "screen_name" : "emi_kerr54",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "989746748810819646",
            "id" : "989746748810819646"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "13",
      "id_str" : "2035257747829686323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035257747829686323",
      "created_at" : "Sat Mar 21 07:30:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@emi_kerr54 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "285265704929650253",
      "in_reply_to_status_id" : "285265704929650253",
      "in_reply_to_user_id" : "989746748810819646",
      "in_reply_to_user_id_str" : "989746748810819646",
      "in_reply_to_screen_name" : "emi_kerr54"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104293814825910591"
          ],
          "editableUntil" : "2026-09-27T19:35:16.000Z",
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
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "2104293814825910591",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104293814825910591",
      "created_at" : "Sun Sep 27 19:35:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #shaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022725041648566483"
          ],
          "editableUntil" : "2026-02-14T17:30:05.000Z",
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
        "32"
      ],
      "favorite_count" : "12",
      "id_str" : "2022725041648566483",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2022725041648566483",
      "created_at" : "Sat Feb 14 17:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2022712458736566450",
      "in_reply_to_status_id" : "2022712458736566450",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050259250705334559"
          ],
          "editableUntil" : "2026-05-01T17:01:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pia Shaw",
            "screen_name" : "pia_shaw29",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "935972295181262348",
            "id" : "935972295181262348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2050259250705334559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050259250705334559",
      "created_at" : "Fri May 01 17:01:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007733777068982395"
          ],
          "editableUntil" : "2026-01-04T08:40:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ada Park",
            "screen_name" : "ada_park46",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "400069828567807006",
            "id" : "400069828567807006"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "12",
      "id_str" : "2007733777068982395",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2007733777068982395",
      "created_at" : "Sun Jan 04 08:40:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@ada_park46 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "411012269028500073",
      "in_reply_to_status_id" : "411012269028500073",
      "in_reply_to_user_id" : "400069828567807006",
      "in_reply_to_user_id_str" : "400069828567807006",
      "in_reply_to_screen_name" : "ada_park46"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948849293095862743"
          ],
          "editableUntil" : "2025-07-25T20:54:14.000Z",
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
        "27"
      ],
      "favorite_count" : "18",
      "id_str" : "1948849293095862743",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1948849293095862743",
      "created_at" : "Fri Jul 25 20:54:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007477177938870691"
          ],
          "editableUntil" : "2026-01-03T15:40:31.000Z",
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
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "2007477177938870691",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2007477177938870691",
      "created_at" : "Sat Jan 03 15:40:31 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111384059245494366"
          ],
          "editableUntil" : "2026-10-17T09:09:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Irwin",
            "screen_name" : "jun_irwin24",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "416876077621298480",
            "id" : "416876077621298480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "5",
      "id_str" : "2111384059245494366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2111384059245494366",
      "created_at" : "Sat Oct 17 09:09:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@jun_irwin24 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "700855278181462156",
      "in_reply_to_status_id" : "700855278181462156",
      "in_reply_to_user_id" : "416876077621298480",
      "in_reply_to_user_id_str" : "416876077621298480",
      "in_reply_to_screen_name" : "jun_irwin24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087493156860854529"
          ],
          "editableUntil" : "2026-08-12T10:55:27.000Z",
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
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2087493156860854529",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087493156860854529",
      "created_at" : "Wed Aug 12 10:55:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930968828343222664"
          ],
          "editableUntil" : "2025-06-06T12:43:39.000Z",
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
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "1930968828343222664",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1930968828343222664",
      "created_at" : "Fri Jun 06 12:43:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #park",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009713937347510481"
          ],
          "editableUntil" : "2026-01-09T19:48:36.000Z",
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
        "29"
      ],
      "favorite_count" : "8",
      "id_str" : "2009713937347510481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009713937347510481",
      "created_at" : "Fri Jan 09 19:48:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096548483036086513"
          ],
          "editableUntil" : "2026-09-06T10:38:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Hale",
            "screen_name" : "cleo_hale65",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "186377789390124752",
            "id" : "186377789390124752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "2096548483036086513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096548483036086513",
      "created_at" : "Sun Sep 06 10:38:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @cleo_hale65: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871088360747958478"
          ],
          "editableUntil" : "2024-12-23T07:00:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Cooper",
            "screen_name" : "uma_cooper10",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "455200494706748983",
            "id" : "455200494706748983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "12",
      "id_str" : "1871088360747958478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1871088360747958478",
      "created_at" : "Mon Dec 23 07:00:03 +0000 2024",
      "favorited" : false,
      "full_text" : "@uma_cooper10 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "191865448991418675",
      "in_reply_to_status_id" : "191865448991418675",
      "in_reply_to_user_id" : "455200494706748983",
      "in_reply_to_user_id_str" : "455200494706748983",
      "in_reply_to_screen_name" : "uma_cooper10"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874545251578806738"
          ],
          "editableUntil" : "2025-01-01T19:56:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Ellis",
            "screen_name" : "mo_ellis22",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "771161513634464648",
            "id" : "771161513634464648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "1874545251578806738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1874545251578806738",
      "created_at" : "Wed Jan 01 19:56:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063363678270390479"
          ],
          "editableUntil" : "2026-06-06T20:53:31.000Z",
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
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "2063363678270390479",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2063363678270390479",
      "created_at" : "Sat Jun 06 20:53:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #cooper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993972659909558602"
          ],
          "editableUntil" : "2025-11-27T09:18:23.000Z",
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
        "26"
      ],
      "favorite_count" : "16",
      "id_str" : "1993972659909558602",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993972659909558602",
      "created_at" : "Thu Nov 27 09:18:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077873969427382337"
          ],
          "editableUntil" : "2026-07-16T21:52:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wen Dunn",
            "screen_name" : "wen_dunn73",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "631506367947413202",
            "id" : "631506367947413202"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "1",
      "id_str" : "2077873969427382337",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2077873969427382337",
      "created_at" : "Thu Jul 16 21:52:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@wen_dunn73 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "531050021334713402",
      "in_reply_to_status_id" : "531050021334713402",
      "in_reply_to_user_id" : "631506367947413202",
      "in_reply_to_user_id_str" : "631506367947413202",
      "in_reply_to_screen_name" : "wen_dunn73"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010800056562614642"
          ],
          "editableUntil" : "2026-01-12T19:44:27.000Z",
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
        "33"
      ],
      "favorite_count" : "15",
      "id_str" : "2010800056562614642",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010800056562614642",
      "created_at" : "Mon Jan 12 19:44:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Local beans roasted weekly! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039340617561014403"
          ],
          "editableUntil" : "2026-04-01T13:54:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Shaw",
            "screen_name" : "nia_shaw36",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "157865095976407641",
            "id" : "157865095976407641"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "2",
      "id_str" : "2039340617561014403",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2039340617561014403",
      "created_at" : "Wed Apr 01 13:54:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@nia_shaw36 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "636414665837238865",
      "in_reply_to_status_id" : "636414665837238865",
      "in_reply_to_user_id" : "157865095976407641",
      "in_reply_to_user_id_str" : "157865095976407641",
      "in_reply_to_screen_name" : "nia_shaw36"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877771321471926477"
          ],
          "editableUntil" : "2025-01-10T17:35:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Reed",
            "screen_name" : "nia_reed27",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "441382026967379971",
            "id" : "441382026967379971"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "1877771321471926477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877771321471926477",
      "created_at" : "Fri Jan 10 17:35:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nia_reed27: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022721015116726522"
          ],
          "editableUntil" : "2026-02-14T17:14:05.000Z",
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
        "27"
      ],
      "favorite_count" : "19",
      "id_str" : "2022721015116726522",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2022721015116726522",
      "created_at" : "Sat Feb 14 17:14:05 +0000 2026",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2022712458736566450",
      "in_reply_to_status_id" : "2022712458736566450",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034358732321718462"
          ],
          "editableUntil" : "2026-03-18T19:58:13.000Z",
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
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "2034358732321718462",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2034358732321718462",
      "created_at" : "Wed Mar 18 19:58:13 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #ortiz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900246121968566584"
          ],
          "editableUntil" : "2025-03-13T18:02:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1900246121968566584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900246121968566584",
      "created_at" : "Thu Mar 13 18:02:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109913842447286435"
          ],
          "editableUntil" : "2026-10-13T07:47:15.000Z",
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
        "30"
      ],
      "favorite_count" : "18",
      "id_str" : "2109913842447286435",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2109913842447286435",
      "created_at" : "Tue Oct 13 07:47:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Live music this weekend! #tate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947643925623734754"
          ],
          "editableUntil" : "2025-07-22T13:04:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tam Dunn",
            "screen_name" : "tam_dunn16",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "331969637927136570",
            "id" : "331969637927136570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "9",
      "id_str" : "1947643925623734754",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947643925623734754",
      "created_at" : "Tue Jul 22 13:04:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@tam_dunn16 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "407074108983630001",
      "in_reply_to_status_id" : "407074108983630001",
      "in_reply_to_user_id" : "331969637927136570",
      "in_reply_to_user_id_str" : "331969637927136570",
      "in_reply_to_screen_name" : "tam_dunn16"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955988183053238693"
          ],
          "editableUntil" : "2025-08-14T13:41:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cleo Gray",
            "screen_name" : "cleo_gray44",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "281411575329814645",
            "id" : "281411575329814645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1955988183053238693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955988183053238693",
      "created_at" : "Thu Aug 14 13:41:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @cleo_gray44: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069034666685366552"
          ],
          "editableUntil" : "2026-06-22T12:28:00.000Z",
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
        "33"
      ],
      "favorite_count" : "16",
      "id_str" : "2069034666685366552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2069034666685366552",
      "created_at" : "Mon Jun 22 12:28:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Community board is updated! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991542450811830475"
          ],
          "editableUntil" : "2025-11-20T16:21:36.000Z",
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
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "1991542450811830475",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1991542450811830475",
      "created_at" : "Thu Nov 20 16:21:36 +0000 2025",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1991538172621750415",
      "in_reply_to_status_id" : "1991538172621750415",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057426376717238759"
          ],
          "editableUntil" : "2026-05-21T11:40:48.000Z",
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
        "27"
      ],
      "favorite_count" : "24",
      "id_str" : "2057426376717238759",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2057426376717238759",
      "created_at" : "Thu May 21 11:40:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for coming by! #kerr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902675169244086694"
          ],
          "editableUntil" : "2025-03-20T10:54:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lea Frost",
            "screen_name" : "lea_frost88",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "662100640540995757",
            "id" : "662100640540995757"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1902675169244086694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902675169244086694",
      "created_at" : "Thu Mar 20 10:54:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: rainy day soup special",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098806553703350740"
          ],
          "editableUntil" : "2026-09-12T16:10:51.000Z",
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
        "24"
      ],
      "favorite_count" : "24",
      "id_str" : "2098806553703350740",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098806553703350740",
      "created_at" : "Sat Sep 12 16:10:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Oat milk is back! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082202008810422727"
          ],
          "editableUntil" : "2026-07-28T20:30:19.000Z",
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
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2082202008810422727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082202008810422727",
      "created_at" : "Tue Jul 28 20:30:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001994455053238610"
          ],
          "editableUntil" : "2025-12-19T12:34:08.000Z",
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
        "26"
      ],
      "favorite_count" : "21",
      "id_str" : "2001994455053238610",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2001994455053238610",
      "created_at" : "Fri Dec 19 12:34:08 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2001980110533558393",
      "in_reply_to_status_id" : "2001980110533558393",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013224460743606598"
          ],
          "editableUntil" : "2026-01-19T12:18:10.000Z",
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
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "2013224460743606598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013224460743606598",
      "created_at" : "Mon Jan 19 12:18:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #dunn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883600846189494446"
          ],
          "editableUntil" : "2025-01-26T19:40:12.000Z",
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
        "23"
      ],
      "favorite_count" : "17",
      "id_str" : "1883600846189494446",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1883600846189494446",
      "created_at" : "Sun Jan 26 19:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Oat milk is back! #webb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891471034020790672"
          ],
          "editableUntil" : "2025-02-17T12:53:31.000Z",
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
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "1891471034020790672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1891471034020790672",
      "created_at" : "Mon Feb 17 12:53:31 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009909358359478622"
          ],
          "editableUntil" : "2026-01-10T08:45:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jun Irwin",
            "screen_name" : "jun_irwin24",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "416876077621298480",
            "id" : "416876077621298480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "18",
      "id_str" : "2009909358359478622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009909358359478622",
      "created_at" : "Sat Jan 10 08:45:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@jun_irwin24 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "332428146153199207",
      "in_reply_to_status_id" : "332428146153199207",
      "in_reply_to_user_id" : "416876077621298480",
      "in_reply_to_user_id_str" : "416876077621298480",
      "in_reply_to_screen_name" : "jun_irwin24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964704898872246706"
          ],
          "editableUntil" : "2025-09-07T14:58:45.000Z",
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
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "1964704898872246706",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964704898872246706",
      "created_at" : "Sun Sep 07 14:58:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Closed monday for repairs! #young",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909532659151798400"
          ],
          "editableUntil" : "2025-04-08T09:03:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Quinn",
            "screen_name" : "mo_quinn11",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "458744792329326723",
            "id" : "458744792329326723"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "17",
      "id_str" : "1909532659151798400",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909532659151798400",
      "created_at" : "Tue Apr 08 09:03:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_quinn11 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "806325354908311594",
      "in_reply_to_status_id" : "806325354908311594",
      "in_reply_to_user_id" : "458744792329326723",
      "in_reply_to_user_id_str" : "458744792329326723",
      "in_reply_to_screen_name" : "mo_quinn11"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012995778900918506"
          ],
          "editableUntil" : "2026-01-18T21:09:28.000Z",
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
        "27"
      ],
      "favorite_count" : "13",
      "id_str" : "2012995778900918506",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2012995778900918506",
      "created_at" : "Sun Jan 18 21:09:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Open late on friday! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010067848524726714"
          ],
          "editableUntil" : "2026-01-10T19:14:55.000Z",
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
        "27"
      ],
      "favorite_count" : "22",
      "id_str" : "2010067848524726714",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2010067848524726714",
      "created_at" : "Sat Jan 10 19:14:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #lowe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062533445153718546"
          ],
          "editableUntil" : "2026-06-04T13:54:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mo Webb",
            "screen_name" : "mo_webb58",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "443368371326585220",
            "id" : "443368371326585220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "2062533445153718546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062533445153718546",
      "created_at" : "Thu Jun 04 13:54:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @mo_webb58: oat milk is back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103218202342326650"
          ],
          "editableUntil" : "2026-09-24T20:21:10.000Z",
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
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "2103218202342326650",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103218202342326650",
      "created_at" : "Thu Sep 24 20:21:10 +0000 2026",
      "favorited" : false,
      "full_text" : "New seasonal menu! #baker",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911044378588086568"
          ],
          "editableUntil" : "2025-04-12T13:11:00.000Z",
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
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "1911044378588086568",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911044378588086568",
      "created_at" : "Sat Apr 12 13:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #nash",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941218717463478383"
          ],
          "editableUntil" : "2025-07-04T19:33:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Femi Lowe",
            "screen_name" : "femi_lowe20",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "482062793684805820",
            "id" : "482062793684805820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "14",
      "id_str" : "1941218717463478383",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1941218717463478383",
      "created_at" : "Fri Jul 04 19:33:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "514797087456678763",
      "in_reply_to_status_id" : "514797087456678763",
      "in_reply_to_user_id" : "482062793684805820",
      "in_reply_to_user_id_str" : "482062793684805820",
      "in_reply_to_screen_name" : "femi_lowe20"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973475633132470719"
          ],
          "editableUntil" : "2025-10-01T19:50:31.000Z",
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
        "24"
      ],
      "favorite_count" : "15",
      "id_str" : "1973475633132470719",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1973475633132470719",
      "created_at" : "Wed Oct 01 19:50:31 +0000 2025",
      "favorited" : false,
      "full_text" : "New seasonal menu! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945876420752310493"
          ],
          "editableUntil" : "2025-07-17T16:01:06.000Z",
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
        "28"
      ],
      "favorite_count" : "18",
      "id_str" : "1945876420752310493",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945876420752310493",
      "created_at" : "Thu Jul 17 16:01:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853550239282102587"
          ],
          "editableUntil" : "2024-11-04T21:29:49.000Z",
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
        "26"
      ],
      "favorite_count" : "24",
      "id_str" : "1853550239282102587",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1853550239282102587",
      "created_at" : "Mon Nov 04 21:29:49 +0000 2024",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1853539921294262586",
      "in_reply_to_status_id" : "1853539921294262586",
      "in_reply_to_user_id" : "1308602301154811905",
      "in_reply_to_user_id_str" : "1308602301154811905",
      "in_reply_to_screen_name" : "corner_cafe"
    }
  }
]