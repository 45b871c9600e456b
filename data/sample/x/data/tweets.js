window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073411603264438479"
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
      "id_str" : "2073411603264438479",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073411603264438479",
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
            "2012086554457014487"
          ],
          "editableUntil" : "2026-01-16T08:56:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2012086554457014487",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012086554457014487",
      "created_at" : "Fri Jan 16 08:56:32 +0000 2026",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2012074726519734486",
      "in_reply_to_status_id" : "2012074726519734486",
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
            "1852615718990774373"
          ],
          "editableUntil" : "2024-11-02T07:36:22.000Z",
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
        "49"
      ],
      "favorite_count" : "11",
      "id_str" : "1852615718990774373",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1852615718990774373",
      "created_at" : "Sat Nov 02 07:36:22 +0000 2024",
      "favorited" : false,
      "full_text" : "@mo_quinn11 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "703080277161055548",
      "in_reply_to_status_id" : "703080277161055548",
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
            "2098806553703350718"
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
      "id_str" : "2098806553703350718",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098806553703350718",
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
            "2106382934733750404"
          ],
          "editableUntil" : "2026-10-03T13:56:41.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2106382934733750404",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2106382934733750404",
      "created_at" : "Sat Oct 03 13:56:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@uma_cooper10 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "449497814931476931",
      "in_reply_to_status_id" : "449497814931476931",
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
            "2079996379526070646"
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
      "id_str" : "2079996379526070646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079996379526070646",
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
            "1916396998357942504"
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
      "id_str" : "1916396998357942504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916396998357942504",
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
            "1975628540015542551"
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
      "id_str" : "1975628540015542551",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1975628540015542551",
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
            "2095126991467446426"
          ],
          "editableUntil" : "2026-09-02T12:29:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2095126991467446426",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2095126991467446426",
      "created_at" : "Wed Sep 02 12:29:35 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2095114660213686387",
      "in_reply_to_status_id" : "2095114660213686387",
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
            "1898777654195126413"
          ],
          "editableUntil" : "2025-03-09T16:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1898777654195126413",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1898777654195126413",
      "created_at" : "Sun Mar 09 16:47:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #irwin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069034666685366530"
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
      "id_str" : "2069034666685366530",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2069034666685366530",
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
            "1948682716312502641"
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
      "id_str" : "1948682716312502641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948682716312502641",
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
            "1981997762606006467"
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
      "id_str" : "1981997762606006467",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1981997762606006467",
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
            "1900246121968566562"
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
      "id_str" : "1900246121968566562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900246121968566562",
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
            "1912096347780022480"
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
      "id_str" : "1912096347780022480",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912096347780022480",
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
            "1857101590033334449"
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
      "id_str" : "1857101590033334449",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1857101590033334449",
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
            "1900639044367286679"
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
      "id_str" : "1900639044367286679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900639044367286679",
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
            "1929468622271414570"
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
      "id_str" : "1929468622271414570",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929468622271414570",
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
            "2047042383115190464"
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
      "id_str" : "2047042383115190464",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2047042383115190464",
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
            "2004195906810806521"
          ],
          "editableUntil" : "2025-12-25T14:21:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2004195906810806521",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004195906810806521",
      "created_at" : "Thu Dec 25 14:21:55 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2004192635253686495",
      "in_reply_to_status_id" : "2004192635253686495",
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
            "1974764748272566617"
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
      "id_str" : "1974764748272566617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974764748272566617",
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
            "2069794745873334492"
          ],
          "editableUntil" : "2026-06-24T14:48:17.000Z",
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
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "2069794745873334492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069794745873334492",
      "created_at" : "Wed Jun 24 14:48:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @pia_shaw29: thanks for coming by",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009909358359478600"
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
      "id_str" : "2009909358359478600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009909358359478600",
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
            "1853539921294262564"
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
      "id_str" : "1853539921294262564",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1853539921294262564",
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
            "2030235626632118552"
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
      "id_str" : "2030235626632118552",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2030235626632118552",
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
            "1874545251578806716"
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
      "id_str" : "1874545251578806716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1874545251578806716",
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
            "2091472444060598568"
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
      "id_str" : "2091472444060598568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091472444060598568",
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
            "2081808323048374583"
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
      "id_str" : "2081808323048374583",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081808323048374583",
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
            "1894469059605430450"
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
      "id_str" : "1894469059605430450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894469059605430450",
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
            "1990444415579062525"
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
      "id_str" : "1990444415579062525",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1990444415579062525",
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
            "2068608084997046717"
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
      "id_str" : "2068608084997046717",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2068608084997046717",
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
            "1864046183052214429"
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
      "id_str" : "1864046183052214429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864046183052214429",
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
            "2054902861132726593"
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
      "id_str" : "2054902861132726593",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2054902861132726593",
      "created_at" : "Thu May 14 12:33:15 +0000 2026",
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
            "2064711517860790725"
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
      "id_str" : "2064711517860790725",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2064711517860790725",
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
            "1879471499375542369"
          ],
          "editableUntil" : "2025-01-15T10:11:39.000Z",
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
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1879471499375542369",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1879471499375542369",
      "created_at" : "Wed Jan 15 10:11:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks @dev_quinn8 for the local beans roasted weekly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975972242256822662"
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
      "id_str" : "1975972242256822662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975972242256822662",
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
            "1858092414661558400"
          ],
          "editableUntil" : "2024-11-17T10:18:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "11",
      "id_str" : "1858092414661558400",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1858092414661558400",
      "created_at" : "Sun Nov 17 10:18:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Fresh sourdough today! #baker",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891847175009206573"
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
      "id_str" : "1891847175009206573",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1891847175009206573",
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
            "1866832727634870694"
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
      "id_str" : "1866832727634870694",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1866832727634870694",
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
            "2099553349530550475"
          ],
          "editableUntil" : "2026-09-14T17:38:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2099553349530550475",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2099553349530550475",
      "created_at" : "Mon Sep 14 17:38:21 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2099545799783350439",
      "in_reply_to_status_id" : "2099545799783350439",
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
            "2095114660213686387"
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
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "275"
      ],
      "favorite_count" : "15",
      "id_str" : "2095114660213686387",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095114660213686387",
      "created_at" : "Wed Sep 02 11:40:35 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated live music this weekend community board is updated closed monday for repairs we are hiring a barista we are hiring a barista community board is updated thanks for coming by new seasonal menu closed monday for repairs fresh sourdough today open lat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964704898872246684"
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
      "id_str" : "1964704898872246684",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964704898872246684",
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
            "1932504421757878423"
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
      "id_str" : "1932504421757878423",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932504421757878423",
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
            "1876534903567286446"
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
      "id_str" : "1876534903567286446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876534903567286446",
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
            "2004192635253686495"
          ],
          "editableUntil" : "2025-12-25T14:08:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2004192635253686495",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2004192635253686495",
      "created_at" : "Thu Dec 25 14:08:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Community board is updated! #jones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904859814425526448"
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
      "id_str" : "1904859814425526448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904859814425526448",
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
            "2101239623316406555"
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
      "id_str" : "2101239623316406555",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101239623316406555",
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
            "1889999697343414488"
          ],
          "editableUntil" : "2025-02-13T11:26:57.000Z",
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
        "47"
      ],
      "favorite_count" : "9",
      "id_str" : "1889999697343414488",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1889999697343414488",
      "created_at" : "Thu Feb 13 11:26:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@ben_dunn56 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "937566244597211647",
      "in_reply_to_status_id" : "937566244597211647",
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
            "2044099827200950738"
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
      "id_str" : "2044099827200950738",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2044099827200950738",
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
            "1878823731065782659"
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
      "id_str" : "1878823731065782659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878823731065782659",
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
            "2046574542058422683"
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
      "id_str" : "2046574542058422683",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2046574542058422683",
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
            "2034358732321718440"
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
      "id_str" : "2034358732321718440",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2034358732321718440",
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
            "1910371612226486584"
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
      "id_str" : "1910371612226486584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910371612226486584",
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
            "1986507948028854588"
          ],
          "editableUntil" : "2025-11-06T18:56:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1986507948028854588",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1986507948028854588",
      "created_at" : "Thu Nov 06 18:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1986493603509174364",
      "in_reply_to_status_id" : "1986493603509174364",
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
            "2098848438023094739"
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
      "id_str" : "2098848438023094739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098848438023094739",
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
            "1932507693314998472"
          ],
          "editableUntil" : "2025-06-10T18:38:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1932507693314998472",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1932507693314998472",
      "created_at" : "Tue Jun 10 18:38:33 +0000 2025",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1932504421757878423",
      "in_reply_to_status_id" : "1932504421757878423",
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
            "2024511362167734502"
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
      "id_str" : "2024511362167734502",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2024511362167734502",
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
            "1987534390686646627"
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
      "id_str" : "1987534390686646627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987534390686646627",
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
            "1911044378588086546"
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
      "id_str" : "1911044378588086546",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911044378588086546",
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
            "1938240514159542462"
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
      "id_str" : "1938240514159542462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938240514159542462",
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
            "1907771865166774508"
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
      "id_str" : "1907771865166774508",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907771865166774508",
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
            "2018946766468022418"
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
      "id_str" : "2018946766468022418",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018946766468022418",
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
            "1933922281059254374"
          ],
          "editableUntil" : "2025-06-14T16:19:37.000Z",
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
        "44"
      ],
      "favorite_count" : "19",
      "id_str" : "1933922281059254374",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1933922281059254374",
      "created_at" : "Sat Jun 14 16:19:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_shaw36 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "522239661675867483",
      "in_reply_to_status_id" : "522239661675867483",
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
            "2010067848524726692"
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
      "id_str" : "2010067848524726692",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2010067848524726692",
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
            "1893316204819382554"
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
      "id_str" : "1893316204819382554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893316204819382554",
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
            "1978007473746870490"
          ],
          "editableUntil" : "2025-10-14T07:58:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1978007473746870490",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1978007473746870490",
      "created_at" : "Tue Oct 14 07:58:26 +0000 2025",
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
            "2067161159168950609"
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
      "id_str" : "2067161159168950609",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067161159168950609",
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
            "2015469113832374532"
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
      "id_str" : "2015469113832374532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015469113832374532",
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
            "1898798541829046414"
          ],
          "editableUntil" : "2025-03-09T18:10:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "18",
      "id_str" : "1898798541829046414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898798541829046414",
      "created_at" : "Sun Mar 09 18:10:25 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1898777654195126413",
      "in_reply_to_status_id" : "1898777654195126413",
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
            "1899878273119158425"
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
      "id_str" : "1899878273119158425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899878273119158425",
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
            "1903812857426870435"
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
      "id_str" : "1903812857426870435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903812857426870435",
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
            "2048850425934774349"
          ],
          "editableUntil" : "2026-04-27T19:43:02.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2048850425934774349",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2048850425934774349",
      "created_at" : "Mon Apr 27 19:43:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@tam_dunn16 community board is updated, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "473780385916816877",
      "in_reply_to_status_id" : "473780385916816877",
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
            "2013511397274550726"
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
      "id_str" : "2013511397274550726",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013511397274550726",
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
            "2030988198015926402"
          ],
          "editableUntil" : "2026-03-09T12:44:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2030988198015926402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2030988198015926402",
      "created_at" : "Mon Mar 09 12:44:55 +0000 2026",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2030972091888566370",
      "in_reply_to_status_id" : "2030972091888566370",
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
            "2023738591015862658"
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
      "id_str" : "2023738591015862658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023738591015862658",
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
            "1907051279545270559"
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
      "id_str" : "1907051279545270559",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907051279545270559",
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
            "2010800056562614620"
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
      "id_str" : "2010800056562614620",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2010800056562614620",
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
            "1973864554165174477"
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
      "id_str" : "1973864554165174477",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1973864554165174477",
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
            "1998122533647286434"
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
      "id_str" : "1998122533647286434",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1998122533647286434",
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
            "2020170937004982742"
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
      "id_str" : "2020170937004982742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020170937004982742",
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
            "2061798749893558599"
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
      "id_str" : "2061798749893558599",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2061798749893558599",
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
            "2084667655582646731"
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
      "id_str" : "2084667655582646731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084667655582646731",
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
            "1907801640530870675"
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
      "id_str" : "1907801640530870675",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907801640530870675",
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
            "1923661738406838433"
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
      "id_str" : "1923661738406838433",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1923661738406838433",
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
            "2066887384363958352"
          ],
          "editableUntil" : "2026-06-16T14:15:28.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2066887384363958352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066887384363958352",
      "created_at" : "Tue Jun 16 14:15:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@femi_lowe20 try the cardamom bun, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "561563301061779166",
      "in_reply_to_status_id" : "561563301061779166",
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
            "2046222136636342445"
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
      "id_str" : "2046222136636342445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046222136636342445",
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
            "1990499906220982746"
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
      "id_str" : "1990499906220982746",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1990499906220982746",
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
            "1901295117398966607"
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
      "id_str" : "1901295117398966607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901295117398966607",
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
            "1955988183053238671"
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
      "id_str" : "1955988183053238671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955988183053238671",
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
            "2099545799783350439"
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
      "id_str" : "2099545799783350439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2099545799783350439",
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
            "1974877587633078610"
          ],
          "editableUntil" : "2025-10-05T16:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1974877587633078610",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1974877587633078610",
      "created_at" : "Sun Oct 05 16:41:23 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1974866766328758582",
      "in_reply_to_status_id" : "1974866766328758582",
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
            "1956417470067638665"
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
      "id_str" : "1956417470067638665",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956417470067638665",
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
            "1865299743077302297"
          ],
          "editableUntil" : "2024-12-07T07:38:09.000Z",
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
        "49"
      ],
      "favorite_count" : "1",
      "id_str" : "1865299743077302297",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1865299743077302297",
      "created_at" : "Sat Dec 07 07:38:09 +0000 2024",
      "favorited" : false,
      "full_text" : "@ben_dunn56 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "918411236860718048",
      "in_reply_to_status_id" : "918411236860718048",
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
            "2002677912695734744"
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
      "id_str" : "2002677912695734744",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002677912695734744",
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
            "1916755967865782447"
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
      "id_str" : "1916755967865782447",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916755967865782447",
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
            "2062533445153718524"
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
      "id_str" : "2062533445153718524",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062533445153718524",
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
            "2067997855708086698"
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
      "id_str" : "2067997855708086698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067997855708086698",
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
            "2056276667659190707"
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
      "id_str" : "2056276667659190707",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2056276667659190707",
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
            "1986068078785462654"
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
      "id_str" : "1986068078785462654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986068078785462654",
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
            "1910376897049526608"
          ],
          "editableUntil" : "2025-04-10T16:58:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1910376897049526608",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910376897049526608",
      "created_at" : "Thu Apr 10 16:58:40 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1910371612226486584",
      "in_reply_to_status_id" : "1910371612226486584",
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
            "1953376897463222557"
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
      "id_str" : "1953376897463222557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953376897463222557",
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
            "2101025126609846403"
          ],
          "editableUntil" : "2026-09-18T19:06:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2101025126609846403",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2101025126609846403",
      "created_at" : "Fri Sep 18 19:06:40 +0000 2026",
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
            "2103947344343990420"
          ],
          "editableUntil" : "2026-09-26T20:38:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2103947344343990420",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2103947344343990420",
      "created_at" : "Sat Sep 26 20:38:31 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2103940549571510401",
      "in_reply_to_status_id" : "2103940549571510401",
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
            "1854181331039158680"
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
      "id_str" : "1854181331039158680",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1854181331039158680",
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
            "1898787217208246430"
          ],
          "editableUntil" : "2025-03-09T17:25:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1898787217208246430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898787217208246430",
      "created_at" : "Sun Mar 09 17:25:25 +0000 2025",
      "favorited" : false,
      "full_text" : "we are hiring a barista (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1898777654195126413",
      "in_reply_to_status_id" : "1898777654195126413",
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
            "1941446447199158736"
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
      "id_str" : "1941446447199158736",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1941446447199158736",
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
            "2029627700016054735"
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
      "id_str" : "2029627700016054735",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2029627700016054735",
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
            "1872602919728054441"
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
      "id_str" : "1872602919728054441",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1872602919728054441",
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
            "1918296464421814622"
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
      "id_str" : "1918296464421814622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918296464421814622",
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
            "1965038580921270320"
          ],
          "editableUntil" : "2025-09-08T13:04:41.000Z",
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
        "49"
      ],
      "favorite_count" : "17",
      "id_str" : "1965038580921270320",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1965038580921270320",
      "created_at" : "Mon Sep 08 13:04:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@sol_cooper74 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737098245118494622",
      "in_reply_to_status_id" : "737098245118494622",
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
            "1984519508194230542"
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
      "id_str" : "1984519508194230542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1984519508194230542",
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
            "1979949063205814613"
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
      "id_str" : "1979949063205814613",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1979949063205814613",
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
            "2067355875537846512"
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
      "id_str" : "2067355875537846512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067355875537846512",
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
            "1882810307965878514"
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
      "id_str" : "1882810307965878514",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1882810307965878514",
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
            "1981661236818870635"
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
      "id_str" : "1981661236818870635",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981661236818870635",
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
            "1891471034020790650"
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
      "id_str" : "1891471034020790650",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1891471034020790650",
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
            "2095126236492726427"
          ],
          "editableUntil" : "2026-09-02T12:26:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2095126236492726427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095126236492726427",
      "created_at" : "Wed Sep 02 12:26:35 +0000 2026",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2095114660213686387",
      "in_reply_to_status_id" : "2095114660213686387",
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
            "1894065416565686431"
          ],
          "editableUntil" : "2025-02-24T16:42:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "12",
      "id_str" : "1894065416565686431",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1894065416565686431",
      "created_at" : "Mon Feb 24 16:42:40 +0000 2025",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894060383400886421",
      "in_reply_to_status_id" : "1894060383400886421",
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
            "2001347403969462417"
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
      "id_str" : "2001347403969462417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2001347403969462417",
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
            "1921110209065910518"
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
      "id_str" : "1921110209065910518",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1921110209065910518",
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
            "2085658757034934383",
            "2085659512009654384"
          ],
          "editableUntil" : "2026-08-07T09:26:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2085658757034934383",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2085658757034934383",
      "created_at" : "Fri Aug 07 09:26:12 +0000 2026",
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
            "2029668011471798513"
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
      "id_str" : "2029668011471798513",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2029668011471798513",
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
            "1935809571058614699"
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
      "id_str" : "1935809571058614699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935809571058614699",
      "created_at" : "Thu Jun 19 21:19:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lea_frost88: try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "2085658757034934383",
          "editControlInitial" : {
            "editTweetIds" : [
              "2085658757034934383",
              "2085659512009654384"
            ],
            "editableUntil" : "2026-08-07T09:29:12.000Z",
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
      "favorite_count" : "16",
      "id_str" : "2085659512009654384",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2085659512009654384",
      "created_at" : "Fri Aug 07 09:29:12 +0000 2026",
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
            "1895955013432246375"
          ],
          "editableUntil" : "2025-03-01T21:51:15.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1895955013432246375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895955013432246375",
      "created_at" : "Sat Mar 01 21:51:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@nia_shaw36 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "619798237251068369",
      "in_reply_to_status_id" : "619798237251068369",
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
            "2048343129060278727"
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
      "id_str" : "2048343129060278727",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2048343129060278727",
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
            "1966947559666614743"
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
      "id_str" : "1966947559666614743",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1966947559666614743",
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
            "2102086591706038733"
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
      "id_str" : "2102086591706038733",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102086591706038733",
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
            "1974866766328758582"
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
      "id_str" : "1974866766328758582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974866766328758582",
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
            "2012074726519734486"
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
      "id_str" : "2012074726519734486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012074726519734486",
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
            "1930015408518070748"
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
      "id_str" : "1930015408518070748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930015408518070748",
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
            "2053139126940598606"
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
      "id_str" : "2053139126940598606",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053139126940598606",
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
            "1882099209860022711"
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
      "id_str" : "1882099209860022711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882099209860022711",
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
            "2054203830039478715"
          ],
          "editableUntil" : "2026-05-12T14:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2054203830039478715",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2054203830039478715",
      "created_at" : "Tue May 12 14:15:33 +0000 2026",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2054197286925238469",
      "in_reply_to_status_id" : "2054197286925238469",
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
            "1958799075570614644"
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
      "id_str" : "1958799075570614644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958799075570614644",
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
            "1975181213299638601"
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
      "id_str" : "1975181213299638601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975181213299638601",
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
            "1860582661026742371"
          ],
          "editableUntil" : "2024-11-24T07:14:09.000Z",
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
        "49"
      ],
      "favorite_count" : "13",
      "id_str" : "1860582661026742371",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1860582661026742371",
      "created_at" : "Sun Nov 24 07:14:09 +0000 2024",
      "favorited" : false,
      "full_text" : "@mo_quinn11 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "821288448034838104",
      "in_reply_to_status_id" : "821288448034838104",
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
            "1879238908441526566"
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
      "id_str" : "1879238908441526566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879238908441526566",
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
            "1909271727305654594"
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
      "id_str" : "1909271727305654594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909271727305654594",
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
            "2019099418162102483"
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
      "id_str" : "2019099418162102483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019099418162102483",
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
            "1872584364127158712"
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
      "id_str" : "1872584364127158712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872584364127158712",
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
            "1992679585346486713"
          ],
          "editableUntil" : "2025-11-23T19:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1992679585346486713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992679585346486713",
      "created_at" : "Sun Nov 23 19:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1992664485852086416",
      "in_reply_to_status_id" : "1992664485852086416",
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
            "1977431960712118664"
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
      "id_str" : "1977431960712118664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1977431960712118664",
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
            "2059384294601654506"
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
      "id_str" : "2059384294601654506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059384294601654506",
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
            "1932750392521654556"
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
      "id_str" : "1932750392521654556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932750392521654556",
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
            "1918235990946742687"
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
      "id_str" : "1918235990946742687",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918235990946742687",
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
            "2025600140571574745"
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
      "id_str" : "2025600140571574745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025600140571574745",
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
            "2022712458736566428"
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
      "id_str" : "2022712458736566428",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022712458736566428",
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
            "1894060886717366493"
          ],
          "editableUntil" : "2025-02-24T16:24:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "22",
      "id_str" : "1894060886717366493",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1894060886717366493",
      "created_at" : "Mon Feb 24 16:24:40 +0000 2025",
      "favorited" : false,
      "full_text" : "new seasonal menu (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894060383400886421",
      "in_reply_to_status_id" : "1894060383400886421",
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
            "2115047771206582581"
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
      "id_str" : "2115047771206582581",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2115047771206582581",
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
            "1867587882709942348"
          ],
          "editableUntil" : "2024-12-13T15:10:24.000Z",
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
        "48"
      ],
      "favorite_count" : "7",
      "id_str" : "1867587882709942348",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1867587882709942348",
      "created_at" : "Fri Dec 13 15:10:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@pia_lowe94 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "272323880969479400",
      "in_reply_to_status_id" : "272323880969479400",
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
            "1947643925623734732"
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
      "id_str" : "1947643925623734732",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947643925623734732",
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
            "1981312866317238497"
          ],
          "editableUntil" : "2025-10-23T10:52:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1981312866317238497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981312866317238497",
      "created_at" : "Thu Oct 23 10:52:53 +0000 2025",
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
            "1853493913973686637"
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
      "id_str" : "1853493913973686637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853493913973686637",
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
            "2066549960995766350"
          ],
          "editableUntil" : "2026-06-15T15:54:40.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2066549960995766350",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2066549960995766350",
      "created_at" : "Mon Jun 15 15:54:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@tam_dunn16 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "584309886703153303",
      "in_reply_to_status_id" : "584309886703153303",
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
            "1936853877257142592"
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
      "id_str" : "1936853877257142592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936853877257142592",
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
            "1969764072551350330"
          ],
          "editableUntil" : "2025-09-21T14:02:06.000Z",
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
        "47"
      ],
      "favorite_count" : "14",
      "id_str" : "1969764072551350330",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1969764072551350330",
      "created_at" : "Sun Sep 21 14:02:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@vic_gray14 fresh sourdough today, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "366455793127175947",
      "in_reply_to_status_id" : "366455793127175947",
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
            "2081473290433462347"
          ],
          "editableUntil" : "2026-07-26T20:14:39.000Z",
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
      "favorite_count" : "18",
      "id_str" : "2081473290433462347",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081473290433462347",
      "created_at" : "Sun Jul 26 20:14:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_lowe94 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "310944907002746787",
      "in_reply_to_status_id" : "310944907002746787",
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
            "1947557686539190549"
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
      "id_str" : "1947557686539190549",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947557686539190549",
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
            "2108266936398774561"
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
      "id_str" : "2108266936398774561",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2108266936398774561",
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
            "2012995778900918484"
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
      "id_str" : "2012995778900918484",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2012995778900918484",
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
            "2012912295474102366"
          ],
          "editableUntil" : "2026-01-18T15:37:44.000Z",
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
        "43"
      ],
      "favorite_count" : "12",
      "id_str" : "2012912295474102366",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2012912295474102366",
      "created_at" : "Sun Jan 18 15:37:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@ada_park46 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "826082537430169590",
      "in_reply_to_status_id" : "826082537430169590",
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
            "1903485911430070630"
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
      "id_str" : "1903485911430070630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903485911430070630",
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
            "1855292590912438485"
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
      "id_str" : "1855292590912438485",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1855292590912438485",
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
            "1857001098703798511"
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
      "id_str" : "1857001098703798511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1857001098703798511",
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
            "2094878319571894389"
          ],
          "editableUntil" : "2026-09-01T20:01:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "2",
      "id_str" : "2094878319571894389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094878319571894389",
      "created_at" : "Tue Sep 01 20:01:27 +0000 2026",
      "favorited" : false,
      "full_text" : "local beans roasted weekly thanks for coming by try the cardamom bun we are hiring a barista thanks for coming by live music this weekend try the cardamom bun try the cardamom bun new seasonal menu try the cardamom bun open late on friday open late on friday fresh sourdough…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902675169244086672"
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
      "id_str" : "1902675169244086672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902675169244086672",
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
            "2049127094809526565"
          ],
          "editableUntil" : "2026-04-28T14:02:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2049127094809526565",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2049127094809526565",
      "created_at" : "Tue Apr 28 14:02:25 +0000 2026",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2049116776821686547",
      "in_reply_to_status_id" : "2049116776821686547",
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
            "2103940549571510401"
          ],
          "editableUntil" : "2026-09-26T20:11:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "16",
      "id_str" : "2103940549571510401",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103940549571510401",
      "created_at" : "Sat Sep 26 20:11:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Try the cardamom bun! #moss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852443265987510730"
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
      "id_str" : "1852443265987510730",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1852443265987510730",
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
            "2043050982765494603"
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
      "id_str" : "2043050982765494603",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2043050982765494603",
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
            "2016441932313526476"
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
      "id_str" : "2016441932313526476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016441932313526476",
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
            "1942962394493878621"
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
      "id_str" : "1942962394493878621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942962394493878621",
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
            "1907397624198070541"
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
      "id_str" : "1907397624198070541",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907397624198070541",
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
            "1998088501064630691"
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
      "id_str" : "1998088501064630691",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998088501064630691",
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
            "2020195444323254636"
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
      "id_str" : "2020195444323254636",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020195444323254636",
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
            "1894060383400886421"
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
      "id_str" : "1894060383400886421",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1894060383400886421",
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
            "1962495024952246611"
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
      "id_str" : "1962495024952246611",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1962495024952246611",
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
            "1937150238389174501"
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
      "id_str" : "1937150238389174501",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937150238389174501",
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
            "1887143531508662706"
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
      "id_str" : "1887143531508662706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887143531508662706",
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
            "2062807526142902634"
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
      "id_str" : "2062807526142902634",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2062807526142902634",
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
            "1957435545088950681"
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
      "id_str" : "1957435545088950681",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957435545088950681",
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
            "1943250778059702575"
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
      "id_str" : "1943250778059702575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943250778059702575",
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
            "1869483926221750747"
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
      "id_str" : "1869483926221750747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869483926221750747",
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
            "2010069610132406722"
          ],
          "editableUntil" : "2026-01-10T19:21:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2010069610132406722",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2010069610132406722",
      "created_at" : "Sat Jan 10 19:21:55 +0000 2026",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2010067848524726692",
      "in_reply_to_status_id" : "2010067848524726692",
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
            "1875262955713462673"
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
      "id_str" : "1875262955713462673",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1875262955713462673",
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
            "1978083847828406341"
          ],
          "editableUntil" : "2025-10-14T13:01:55.000Z",
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
        "49"
      ],
      "favorite_count" : "12",
      "id_str" : "1978083847828406341",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1978083847828406341",
      "created_at" : "Tue Oct 14 13:01:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@jun_irwin24 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "327357953462404641",
      "in_reply_to_status_id" : "327357953462404641",
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
            "1898826710774710473"
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
      "id_str" : "1898826710774710473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898826710774710473",
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
            "2049116776821686547"
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
      "id_str" : "2049116776821686547",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2049116776821686547",
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
            "2080248725631926281"
          ],
          "editableUntil" : "2026-07-23T11:08:40.000Z",
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
        "51"
      ],
      "favorite_count" : "13",
      "id_str" : "2080248725631926281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080248725631926281",
      "created_at" : "Thu Jul 23 11:08:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@uma_cooper10 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "833593692169541891",
      "in_reply_to_status_id" : "833593692169541891",
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
            "2080186683487158647"
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
      "id_str" : "2080186683487158647",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2080186683487158647",
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
            "2053151068124086363"
          ],
          "editableUntil" : "2026-05-09T16:32:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "6",
      "id_str" : "2053151068124086363",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2053151068124086363",
      "created_at" : "Sat May 09 16:32:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@pia_young9 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "142465623154680578",
      "in_reply_to_status_id" : "142465623154680578",
      "in_reply_to_user_id" : "311218797623934934",
      "in_reply_to_user_id_str" : "311218797623934934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992664485852086416"
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
      "id_str" : "1992664485852086416",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1992664485852086416",
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
            "2064621847835574338"
          ],
          "editableUntil" : "2026-06-10T08:13:02.000Z",
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
        "42"
      ],
      "favorite_count" : "2",
      "id_str" : "2064621847835574338",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2064621847835574338",
      "created_at" : "Wed Jun 10 08:13:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@yui_lowe60 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "657445658832579203",
      "in_reply_to_status_id" : "657445658832579203",
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
            "1970828788233142615"
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
      "id_str" : "1970828788233142615",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970828788233142615",
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
            "2026565245727670631"
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
      "id_str" : "2026565245727670631",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026565245727670631",
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
            "2063927522751414543"
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
      "id_str" : "2063927522751414543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2063927522751414543",
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
            "2081460330034102633"
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
      "id_str" : "2081460330034102633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081460330034102633",
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
            "1974534787167158696"
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
      "id_str" : "1974534787167158696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974534787167158696",
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
            "2004538203960246714"
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
      "id_str" : "2004538203960246714",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2004538203960246714",
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
            "1954159697195958693"
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
      "id_str" : "1954159697195958693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954159697195958693",
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
            "2097046657299382686"
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
      "id_str" : "2097046657299382686",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2097046657299382686",
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
            "1923494587003830288"
          ],
          "editableUntil" : "2025-05-16T21:43:41.000Z",
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
      "id_str" : "1923494587003830288",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923494587003830288",
      "created_at" : "Fri May 16 21:43:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@dev_moss75 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "396596113799148330",
      "in_reply_to_status_id" : "396596113799148330",
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
            "1994488395723702412"
          ],
          "editableUntil" : "2025-11-28T19:27:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "20",
      "id_str" : "1994488395723702412",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994488395723702412",
      "created_at" : "Fri Nov 28 19:27:44 +0000 2025",
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
            "2084590958539702572"
          ],
          "editableUntil" : "2026-08-04T10:43:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2084590958539702572",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084590958539702572",
      "created_at" : "Tue Aug 04 10:43:09 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2084586177033142410",
      "in_reply_to_status_id" : "2084586177033142410",
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
            "1966424622232502533"
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
      "id_str" : "1966424622232502533",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1966424622232502533",
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
            "1907710791906230345"
          ],
          "editableUntil" : "2025-04-03T08:24:31.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1907710791906230345",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907710791906230345",
      "created_at" : "Thu Apr 03 08:24:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn74 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "246017915717986541",
      "in_reply_to_status_id" : "246017915717986541",
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
            "1883472739562422605"
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
      "id_str" : "1883472739562422605",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1883472739562422605",
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
            "2087493156860854507"
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
      "id_str" : "2087493156860854507",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087493156860854507",
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
            "1916433383945142481"
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
      "id_str" : "1916433383945142481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916433383945142481",
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
            "2030972091888566370"
          ],
          "editableUntil" : "2026-03-09T11:40:55.000Z",
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
        "48"
      ],
      "favorite_count" : "21",
      "id_str" : "2030972091888566370",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2030972091888566370",
      "created_at" : "Mon Mar 09 11:40:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks @jun_frost95 for the try the cardamom bun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081477736395702720"
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
      "id_str" : "2081477736395702720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081477736395702720",
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
            "1993431917654966509"
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
      "id_str" : "1993431917654966509",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1993431917654966509",
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
            "1981321422697398660"
          ],
          "editableUntil" : "2025-10-23T11:26:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1981321422697398660",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1981321422697398660",
      "created_at" : "Thu Oct 23 11:26:53 +0000 2025",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1981312866317238497",
      "in_reply_to_status_id" : "1981312866317238497",
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
            "1979180993868726531"
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
      "id_str" : "1979180993868726531",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1979180993868726531",
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
            "2099768584434614604"
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
      "id_str" : "2099768584434614604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099768584434614604",
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
            "2013224460743606576"
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
      "id_str" : "2013224460743606576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013224460743606576",
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
            "2050259250705334537"
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
      "id_str" : "2050259250705334537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050259250705334537",
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
            "2095135044531126415"
          ],
          "editableUntil" : "2026-09-02T13:01:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2095135044531126415",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2095135044531126415",
      "created_at" : "Wed Sep 02 13:01:35 +0000 2026",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2095114660213686387",
      "in_reply_to_status_id" : "2095114660213686387",
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
            "1953131664896950536"
          ],
          "editableUntil" : "2025-08-06T16:30:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1953131664896950536",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953131664896950536",
      "created_at" : "Wed Aug 06 16:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1953113797161910526",
      "in_reply_to_status_id" : "1953113797161910526",
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
            "1993972659909558580"
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
      "id_str" : "1993972659909558580",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993972659909558580",
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
            "1974785094841270740"
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
      "id_str" : "1974785094841270740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974785094841270740",
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
            "2091996325213110520"
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
      "id_str" : "2091996325213110520",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091996325213110520",
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
            "1871088360747958456"
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
      "id_str" : "1871088360747958456",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1871088360747958456",
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
            "1951716724831158397"
          ],
          "editableUntil" : "2025-08-02T18:48:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "16",
      "id_str" : "1951716724831158397",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951716724831158397",
      "created_at" : "Sat Aug 02 18:48:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy day soup special! #vance",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869365936255926474"
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
      "id_str" : "1869365936255926474",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1869365936255926474",
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
            "1878512962499510704"
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
      "id_str" : "1878512962499510704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878512962499510704",
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
            "1917941366256566342"
          ],
          "editableUntil" : "2025-05-01T13:57:10.000Z",
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
      "favorite_count" : "18",
      "id_str" : "1917941366256566342",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1917941366256566342",
      "created_at" : "Thu May 01 13:57:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@jun_irwin24 live music this weekend, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "568337098498914570",
      "in_reply_to_status_id" : "568337098498914570",
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
            "1894073721287606538"
          ],
          "editableUntil" : "2025-02-24T17:15:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1894073721287606538",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1894073721287606538",
      "created_at" : "Mon Feb 24 17:15:40 +0000 2025",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894060383400886421",
      "in_reply_to_status_id" : "1894060383400886421",
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
            "2029090984293302539"
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
      "id_str" : "2029090984293302539",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2029090984293302539",
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
            "1929850341684150499"
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
      "id_str" : "1929850341684150499",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929850341684150499",
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
            "1870222744482742346"
          ],
          "editableUntil" : "2024-12-20T21:40:24.000Z",
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
        "43"
      ],
      "favorite_count" : "19",
      "id_str" : "1870222744482742346",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1870222744482742346",
      "created_at" : "Fri Dec 20 21:40:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@pia_lowe94 new seasonal menu, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "921237840103539829",
      "in_reply_to_status_id" : "921237840103539829",
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
            "2105955459658678623"
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
      "id_str" : "2105955459658678623",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2105955459658678623",
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
            "1985067976356790596"
          ],
          "editableUntil" : "2025-11-02T19:34:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1985067976356790596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985067976356790596",
      "created_at" : "Sun Nov 02 19:34:21 +0000 2025",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1985065208116150505",
      "in_reply_to_status_id" : "1985065208116150505",
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
            "1869086893405110587"
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
      "id_str" : "1869086893405110587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869086893405110587",
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
            "2034375341765558534"
          ],
          "editableUntil" : "2026-03-18T21:04:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2034375341765558534",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2034375341765558534",
      "created_at" : "Wed Mar 18 21:04:13 +0000 2026",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2034358732321718440",
      "in_reply_to_status_id" : "2034358732321718440",
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
            "2070416459166646656"
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
      "id_str" : "2070416459166646656",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2070416459166646656",
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
            "1951226708489142516"
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
      "id_str" : "1951226708489142516",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951226708489142516",
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
            "2073425444467638589"
          ],
          "editableUntil" : "2026-07-04T15:15:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2073425444467638589",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073425444467638589",
      "created_at" : "Sat Jul 04 15:15:23 +0000 2026",
      "favorited" : false,
      "full_text" : "closed monday for repairs (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2073411603264438479",
      "in_reply_to_status_id" : "2073411603264438479",
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
            "2045818497790902503"
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
      "id_str" : "2045818497790902503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045818497790902503",
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
            "1895520227685302500"
          ],
          "editableUntil" : "2025-02-28T17:03:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1895520227685302500",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1895520227685302500",
      "created_at" : "Fri Feb 28 17:03:34 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1895511671305142419",
      "in_reply_to_status_id" : "1895511671305142419",
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
            "1889728632058806470"
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
      "id_str" : "1889728632058806470",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1889728632058806470",
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
            "1920883460797366466"
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
      "id_str" : "1920883460797366466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920883460797366466",
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
            "2029919090897846405"
          ],
          "editableUntil" : "2026-03-06T13:56:40.000Z",
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
        "43"
      ],
      "favorite_count" : "19",
      "id_str" : "2029919090897846405",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2029919090897846405",
      "created_at" : "Fri Mar 06 13:56:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn71 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "712829182996200928",
      "in_reply_to_status_id" : "712829182996200928",
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
            "2004573738103734652"
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
      "id_str" : "2004573738103734652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004573738103734652",
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
            "2080367529292726678"
          ],
          "editableUntil" : "2026-07-23T19:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2080367529292726678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2080367529292726678",
      "created_at" : "Thu Jul 23 19:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2080351926481846522",
      "in_reply_to_status_id" : "2080351926481846522",
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
            "1883915666453430688"
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
      "id_str" : "1883915666453430688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883915666453430688",
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
            "2061806551298998708"
          ],
          "editableUntil" : "2026-06-02T13:46:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2061806551298998708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061806551298998708",
      "created_at" : "Tue Jun 02 13:46:03 +0000 2026",
      "favorited" : false,
      "full_text" : "new seasonal menu (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2061798749893558599",
      "in_reply_to_status_id" : "2061798749893558599",
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
            "1986493603509174364"
          ],
          "editableUntil" : "2025-11-06T17:59:17.000Z",
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
        "53"
      ],
      "favorite_count" : "10",
      "id_str" : "1986493603509174364",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1986493603509174364",
      "created_at" : "Thu Nov 06 17:59:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Thanks @wen_kerr83 for the community board is updated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916209693324214365"
          ],
          "editableUntil" : "2025-04-26T19:16:07.000Z",
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
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "1916209693324214365",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916209693324214365",
      "created_at" : "Sat Apr 26 19:16:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@oli_kerr92 closed monday for repairs, see you soon",
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
            "1923664506647478579"
          ],
          "editableUntil" : "2025-05-17T08:58:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1923664506647478579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923664506647478579",
      "created_at" : "Sat May 17 08:58:53 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1923661738406838433",
      "in_reply_to_status_id" : "1923661738406838433",
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
            "1973475633132470697"
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
      "id_str" : "1973475633132470697",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1973475633132470697",
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
            "2095189310436278444"
          ],
          "editableUntil" : "2026-09-02T16:37:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2095189310436278444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095189310436278444",
      "created_at" : "Wed Sep 02 16:37:13 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2095173959283638399",
      "in_reply_to_status_id" : "2095173959283638399",
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
            "2013961030857654585"
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
      "id_str" : "2013961030857654585",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013961030857654585",
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
            "2077418493178806657"
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
      "id_str" : "2077418493178806657",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2077418493178806657",
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
            "1899535845946294478"
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
      "id_str" : "1899535845946294478",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1899535845946294478",
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
            "1874885921338294306"
          ],
          "editableUntil" : "2025-01-02T18:30:12.000Z",
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
      "favorite_count" : "10",
      "id_str" : "1874885921338294306",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1874885921338294306",
      "created_at" : "Thu Jan 02 18:30:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn71 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "322544045891900540",
      "in_reply_to_status_id" : "322544045891900540",
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
            "1911379121796022728"
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
      "id_str" : "1911379121796022728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911379121796022728",
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
            "1947944841769910651"
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
      "id_str" : "1947944841769910651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947944841769910651",
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
            "2068255495025590590"
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
      "id_str" : "2068255495025590590",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2068255495025590590",
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
            "1857009151767478527"
          ],
          "editableUntil" : "2024-11-14T10:34:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1857009151767478527",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1857009151767478527",
      "created_at" : "Thu Nov 14 10:34:18 +0000 2024",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1857001098703798511",
      "in_reply_to_status_id" : "1857001098703798511",
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
            "2014239960462262519"
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
      "id_str" : "2014239960462262519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014239960462262519",
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
            "2027107548263350709"
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
      "id_str" : "2027107548263350709",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027107548263350709",
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
            "2110743287034806458"
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
      "id_str" : "2110743287034806458",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2110743287034806458",
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
            "1982913303671734663"
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
      "id_str" : "1982913303671734663",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1982913303671734663",
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
            "2084595991704502591"
          ],
          "editableUntil" : "2026-08-04T11:03:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2084595991704502591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084595991704502591",
      "created_at" : "Tue Aug 04 11:03:09 +0000 2026",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2084586177033142410",
      "in_reply_to_status_id" : "2084586177033142410",
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
            "2069689590477750398"
          ],
          "editableUntil" : "2026-06-24T07:50:26.000Z",
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
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "2069689590477750398",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069689590477750398",
      "created_at" : "Wed Jun 24 07:50:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @mo_ellis22: live music this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901196953908150317"
          ],
          "editableUntil" : "2025-03-16T09:00:51.000Z",
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
        "53"
      ],
      "favorite_count" : "4",
      "id_str" : "1901196953908150317",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1901196953908150317",
      "created_at" : "Sun Mar 16 09:00:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@sol_ellis29 local beans roasted weekly, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "990988554756169186",
      "in_reply_to_status_id" : "990988554756169186",
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
            "2094695976399798734"
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
      "id_str" : "2094695976399798734",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2094695976399798734",
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
            "1979493708592054548"
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
      "id_str" : "1979493708592054548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979493708592054548",
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
            "2059725534786486463"
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
      "id_str" : "2059725534786486463",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2059725534786486463",
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
            "2084586177033142410"
          ],
          "editableUntil" : "2026-08-04T10:24:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "23",
      "id_str" : "2084586177033142410",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084586177033142410",
      "created_at" : "Tue Aug 04 10:24:09 +0000 2026",
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
            "2081092393104310674"
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
      "id_str" : "2081092393104310674",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081092393104310674",
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
            "1883600846189494424"
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
      "id_str" : "1883600846189494424",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1883600846189494424",
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
            "2082202008810422705"
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
      "id_str" : "2082202008810422705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082202008810422705",
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
            "2012848328143798632"
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
      "id_str" : "2012848328143798632",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2012848328143798632",
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
            "1967658804573110436"
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
      "id_str" : "1967658804573110436",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967658804573110436",
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
            "1946311546237878550"
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
      "id_str" : "1946311546237878550",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946311546237878550",
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
            "2018757716603830577"
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
      "id_str" : "2018757716603830577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018757716603830577",
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
            "1898796528563126619"
          ],
          "editableUntil" : "2025-03-09T18:02:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1898796528563126619",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1898796528563126619",
      "created_at" : "Sun Mar 09 18:02:25 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1898777654195126413",
      "in_reply_to_status_id" : "1898777654195126413",
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
            "1986505179788214496"
          ],
          "editableUntil" : "2025-11-06T18:45:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "14",
      "id_str" : "1986505179788214496",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1986505179788214496",
      "created_at" : "Thu Nov 06 18:45:17 +0000 2025",
      "favorited" : false,
      "full_text" : "closed monday for repairs (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1986493603509174364",
      "in_reply_to_status_id" : "1986493603509174364",
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
            "2020243586544566452"
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
      "id_str" : "2020243586544566452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020243586544566452",
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
            "1894744872842166339"
          ],
          "editableUntil" : "2025-02-26T13:42:35.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1894744872842166339",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1894744872842166339",
      "created_at" : "Wed Feb 26 13:42:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@yui_lowe60 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "715656815570546066",
      "in_reply_to_status_id" : "715656815570546066",
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
            "2051991758304182668"
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
      "id_str" : "2051991758304182668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051991758304182668",
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
            "2024425995498422661"
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
      "id_str" : "2024425995498422661",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024425995498422661",
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
            "1895524254217142461"
          ],
          "editableUntil" : "2025-02-28T17:19:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1895524254217142461",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1895524254217142461",
      "created_at" : "Fri Feb 28 17:19:34 +0000 2025",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1895511671305142419",
      "in_reply_to_status_id" : "1895511671305142419",
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
            "1948849293095862721"
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
      "id_str" : "1948849293095862721",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1948849293095862721",
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
            "2013000560407478614"
          ],
          "editableUntil" : "2026-01-18T21:28:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2013000560407478614",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013000560407478614",
      "created_at" : "Sun Jan 18 21:28:28 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2012995778900918484",
      "in_reply_to_status_id" : "2012995778900918484",
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
            "1940039094629302710"
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
      "id_str" : "1940039094629302710",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1940039094629302710",
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
            "1930968828343222642"
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
      "id_str" : "1930968828343222642",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1930968828343222642",
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
            "1895780442305462624"
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
      "id_str" : "1895780442305462624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1895780442305462624",
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
            "2109321468310454409"
          ],
          "editableUntil" : "2026-10-11T16:33:22.000Z",
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
      "favorite_count" : "23",
      "id_str" : "2109321468310454409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109321468310454409",
      "created_at" : "Sun Oct 11 16:33:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@ben_dunn56 thanks for coming by, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "398247142642039014",
      "in_reply_to_status_id" : "398247142642039014",
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
            "1895511671305142419"
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
      "id_str" : "1895511671305142419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895511671305142419",
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
            "1905644933608374597"
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
      "id_str" : "1905644933608374597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905644933608374597",
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
            "1984732721443766517"
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
      "id_str" : "1984732721443766517",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984732721443766517",
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
            "1953113797161910526"
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
      "id_str" : "1953113797161910526",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953113797161910526",
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
            "2074453459989430396"
          ],
          "editableUntil" : "2026-07-07T11:20:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2074453459989430396",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074453459989430396",
      "created_at" : "Tue Jul 07 11:20:21 +0000 2026",
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
            "2036463740253110602"
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
      "id_str" : "2036463740253110602",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2036463740253110602",
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
            "2086520694895542595"
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
      "id_str" : "2086520694895542595",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2086520694895542595",
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
            "1907782434812854540"
          ],
          "editableUntil" : "2025-04-03T13:09:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1907782434812854540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907782434812854540",
      "created_at" : "Thu Apr 03 13:09:12 +0000 2025",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1907771865166774508",
      "in_reply_to_status_id" : "1907771865166774508",
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
            "2101749659071414432"
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
      "id_str" : "2101749659071414432",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101749659071414432",
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
            "2094898452231094408"
          ],
          "editableUntil" : "2026-09-01T21:21:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2094898452231094408",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094898452231094408",
      "created_at" : "Tue Sep 01 21:21:27 +0000 2026",
      "favorited" : false,
      "full_text" : "open late on friday (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2094878319571894389",
      "in_reply_to_status_id" : "2094878319571894389",
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
            "2001390383002550529"
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
      "id_str" : "2001390383002550529",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2001390383002550529",
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
            "2103961940521910406"
          ],
          "editableUntil" : "2026-09-26T21:36:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "23",
      "id_str" : "2103961940521910406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103961940521910406",
      "created_at" : "Sat Sep 26 21:36:31 +0000 2026",
      "favorited" : false,
      "full_text" : "closed monday for repairs (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2103940549571510401",
      "in_reply_to_status_id" : "2103940549571510401",
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
            "2109571734041526701"
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
      "id_str" : "2109571734041526701",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2109571734041526701",
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
            "2057426376717238737"
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
      "id_str" : "2057426376717238737",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2057426376717238737",
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
            "2104293814825910569"
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
      "id_str" : "2104293814825910569",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104293814825910569",
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
            "1895883827704758666"
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
      "id_str" : "1895883827704758666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895883827704758666",
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
            "2073120191411126443"
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
      "id_str" : "2073120191411126443",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2073120191411126443",
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
            "1999892940977078351"
          ],
          "editableUntil" : "2025-12-13T17:23:28.000Z",
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
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1999892940977078351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999892940977078351",
      "created_at" : "Sat Dec 13 17:23:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@femi_lowe20 closed monday for repairs, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "306100772154761268",
      "in_reply_to_status_id" : "306100772154761268",
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
            "2014779318596534407"
          ],
          "editableUntil" : "2026-01-23T19:16:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "10",
      "id_str" : "2014779318596534407",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014779318596534407",
      "created_at" : "Fri Jan 23 19:16:37 +0000 2026",
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
            "2090403613766582510"
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
      "id_str" : "2090403613766582510",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090403613766582510",
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
            "2111741615272886702"
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
      "id_str" : "2111741615272886702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2111741615272886702",
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
            "1986822294336438515"
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
      "id_str" : "1986822294336438515",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1986822294336438515",
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
            "1927844172526518643"
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
      "id_str" : "1927844172526518643",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927844172526518643",
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
            "2084212774925238437"
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
      "id_str" : "2084212774925238437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084212774925238437",
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
            "1881069139129270677"
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
      "id_str" : "1881069139129270677",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1881069139129270677",
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
            "1855316234204086639"
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
      "id_str" : "1855316234204086639",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1855316234204086639",
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
            "1879209946772406685"
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
      "id_str" : "1879209946772406685",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1879209946772406685",
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
            "1878538300289974629"
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
      "id_str" : "1878538300289974629",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1878538300289974629",
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
            "1915689708680118325"
          ],
          "editableUntil" : "2025-04-25T08:49:53.000Z",
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
        "49"
      ],
      "favorite_count" : "18",
      "id_str" : "1915689708680118325",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915689708680118325",
      "created_at" : "Fri Apr 25 08:49:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@emi_kerr54 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "422122703080607379",
      "in_reply_to_status_id" : "422122703080607379",
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
            "1978113400894390567"
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
      "id_str" : "1978113400894390567",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1978113400894390567",
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
            "2009713937347510459"
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
      "id_str" : "2009713937347510459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009713937347510459",
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
            "1870509056062390535"
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
      "id_str" : "1870509056062390535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870509056062390535",
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
            "2065758915261366729"
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
      "id_str" : "2065758915261366729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065758915261366729",
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
            "2091945456694198689"
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
      "id_str" : "2091945456694198689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091945456694198689",
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
            "2073888357217206667"
          ],
          "editableUntil" : "2026-07-05T21:54:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2073888357217206667",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2073888357217206667",
      "created_at" : "Sun Jul 05 21:54:50 +0000 2026",
      "favorited" : false,
      "full_text" : "thanks for coming by (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2073870237823926376",
      "in_reply_to_status_id" : "2073870237823926376",
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
            "2097676067140534340"
          ],
          "editableUntil" : "2026-09-09T13:18:42.000Z",
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
      "favorite_count" : "23",
      "id_str" : "2097676067140534340",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2097676067140534340",
      "created_at" : "Wed Sep 09 13:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@jun_irwin24 we are hiring a barista, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "460128730202765652",
      "in_reply_to_status_id" : "460128730202765652",
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
            "1985065208116150505"
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
      "id_str" : "1985065208116150505",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1985065208116150505",
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
            "2075187337360310640"
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
      "id_str" : "2075187337360310640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075187337360310640",
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
            "2063363678270390457"
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
      "id_str" : "2063363678270390457",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2063363678270390457",
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
            "1857506944349110489"
          ],
          "editableUntil" : "2024-11-15T19:32:21.000Z",
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
        "45"
      ],
      "favorite_count" : "25",
      "id_str" : "1857506944349110489",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1857506944349110489",
      "created_at" : "Fri Nov 15 19:32:21 +0000 2024",
      "favorited" : false,
      "full_text" : "@pia_lowe94 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "102217102675606779",
      "in_reply_to_status_id" : "102217102675606779",
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
            "1934321805292470454"
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
      "id_str" : "1934321805292470454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934321805292470454",
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
            "1877771321471926455"
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
      "id_str" : "1877771321471926455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877771321471926455",
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
            "1857102093349814578"
          ],
          "editableUntil" : "2024-11-14T16:43:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1857102093349814578",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1857102093349814578",
      "created_at" : "Thu Nov 14 16:43:37 +0000 2024",
      "favorited" : false,
      "full_text" : "rainy day soup special (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1857101590033334449",
      "in_reply_to_status_id" : "1857101590033334449",
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
            "2034966440833974335"
          ],
          "editableUntil" : "2026-03-20T12:13:02.000Z",
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
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "2034966440833974335",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2034966440833974335",
      "created_at" : "Fri Mar 20 12:13:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@wen_dunn73 rainy day soup special, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "262987920079934285",
      "in_reply_to_status_id" : "262987920079934285",
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
            "1953124945621942618"
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
      "id_str" : "1953124945621942618",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953124945621942618",
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
            "2078173241406390385"
          ],
          "editableUntil" : "2026-07-17T17:41:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "23",
      "id_str" : "2078173241406390385",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078173241406390385",
      "created_at" : "Fri Jul 17 17:41:26 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun open late on friday closed monday for repairs we are hiring a barista new seasonal menu we are hiring a barista community board is updated fresh sourdough today local beans roasted weekly oat milk is back local beans roasted weekly closed monday for rep…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078177519596470453"
          ],
          "editableUntil" : "2026-07-17T17:58:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2078177519596470453",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078177519596470453",
      "created_at" : "Fri Jul 17 17:58:26 +0000 2026",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2078173241406390385",
      "in_reply_to_status_id" : "2078173241406390385",
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
            "1951679231947702741"
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
      "id_str" : "1951679231947702741",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951679231947702741",
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
            "2085676121453494438"
          ],
          "editableUntil" : "2026-08-07T10:35:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2085676121453494438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085676121453494438",
      "created_at" : "Fri Aug 07 10:35:12 +0000 2026",
      "favorited" : false,
      "full_text" : "oat milk is back (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2085659512009654384",
      "in_reply_to_status_id" : "2085659512009654384",
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
            "1988723501036470560"
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
      "id_str" : "1988723501036470560",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1988723501036470560",
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
            "2092233630544822723"
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
      "id_str" : "2092233630544822723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092233630544822723",
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
            "1903402067293110700"
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
      "id_str" : "1903402067293110700",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903402067293110700",
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
            "2007477177938870669"
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
      "id_str" : "2007477177938870669",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2007477177938870669",
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
            "1914254447211446749"
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
      "id_str" : "1914254447211446749",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914254447211446749",
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
            "1991547622388662451"
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
      "id_str" : "1991547622388662451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991547622388662451",
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
            "2034547090125750703"
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
      "id_str" : "2034547090125750703",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2034547090125750703",
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
            "1958248661250998670"
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
      "id_str" : "1958248661250998670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958248661250998670",
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
            "1852812901610422586"
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
      "id_str" : "1852812901610422586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852812901610422586",
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
            "1993985079243702574"
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
      "id_str" : "1993985079243702574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993985079243702574",
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
            "1853074257081270422"
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
      "id_str" : "1853074257081270422",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1853074257081270422",
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
            "1893919777747894648"
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
      "id_str" : "1893919777747894648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893919777747894648",
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
            "2087919654663094598"
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
      "id_str" : "2087919654663094598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087919654663094598",
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
            "1993679775855542682"
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
      "id_str" : "1993679775855542682",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993679775855542682",
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
            "2073870237823926376"
          ],
          "editableUntil" : "2026-07-05T20:42:50.000Z",
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
        "51"
      ],
      "favorite_count" : "12",
      "id_str" : "2073870237823926376",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073870237823926376",
      "created_at" : "Sun Jul 05 20:42:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks @lea_young49 for the we are hiring a barista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890129230033846482"
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
      "id_str" : "1890129230033846482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890129230033846482",
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
            "2096978415973302690"
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
      "id_str" : "2096978415973302690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096978415973302690",
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
            "2080351926481846522"
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
      "id_str" : "2080351926481846522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080351926481846522",
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
            "2004448508769206626"
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
      "id_str" : "2004448508769206626",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004448508769206626",
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
            "2009983127778230544"
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
      "id_str" : "2009983127778230544",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2009983127778230544",
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
            "1944375291933622368"
          ],
          "editableUntil" : "2025-07-13T12:36:09.000Z",
          "editsRemaining" : "5",
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
            "url" : "https://t.co/q95",
            "expanded_url" : "https://twitter.com/dev_quinn8/status/1944012904068022367",
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
        "38"
      ],
      "favorite_count" : "11",
      "id_str" : "1944375291933622368",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944375291933622368",
      "created_at" : "Sun Jul 13 12:36:09 +0000 2025",
      "favorited" : false,
      "full_text" : "This is worth reading https://t.co/q95",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104304636130230695"
          ],
          "editableUntil" : "2026-09-27T20:18:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2104304636130230695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104304636130230695",
      "created_at" : "Sun Sep 27 20:18:16 +0000 2026",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2104293814825910569",
      "in_reply_to_status_id" : "2104293814825910569",
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
            "2054197286925238469"
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
      "id_str" : "2054197286925238469",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2054197286925238469",
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
            "1998136626508726563"
          ],
          "editableUntil" : "2025-12-08T21:04:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1998136626508726563",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1998136626508726563",
      "created_at" : "Mon Dec 08 21:04:30 +0000 2025",
      "favorited" : false,
      "full_text" : "community board is updated (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1998122533647286434",
      "in_reply_to_status_id" : "1998122533647286434",
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
            "2031077498942390655"
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
      "id_str" : "2031077498942390655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031077498942390655",
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
            "1970110035522486616"
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
      "id_str" : "1970110035522486616",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970110035522486616",
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
            "2054218895979446553"
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
      "id_str" : "2054218895979446553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054218895979446553",
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
            "1987859256308662558"
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
      "id_str" : "1987859256308662558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987859256308662558",
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
            "1919089162711990411"
          ],
          "editableUntil" : "2025-05-04T17:58:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "favorite_count" : "12",
      "id_str" : "1919089162711990411",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1919089162711990411",
      "created_at" : "Sun May 04 17:58:06 +0000 2025",
      "favorited" : false,
      "full_text" : "We are hiring a barista! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101248431354806653"
          ],
          "editableUntil" : "2026-09-19T09:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2101248431354806653",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2101248431354806653",
      "created_at" : "Sat Sep 19 09:54:00 +0000 2026",
      "favorited" : false,
      "full_text" : "live music this weekend (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2101239623316406555",
      "in_reply_to_status_id" : "2101239623316406555",
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
            "2095173959283638399"
          ],
          "editableUntil" : "2026-09-02T15:36:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2095173959283638399",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095173959283638399",
      "created_at" : "Wed Sep 02 15:36:13 +0000 2026",
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
            "1909291356648374724"
          ],
          "editableUntil" : "2025-04-07T17:05:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1909291356648374724",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909291356648374724",
      "created_at" : "Mon Apr 07 17:05:07 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1909271727305654594",
      "in_reply_to_status_id" : "1909271727305654594",
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
            "2106049407873974494"
          ],
          "editableUntil" : "2026-10-02T15:51:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2106049407873974494",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2106049407873974494",
      "created_at" : "Fri Oct 02 15:51:22 +0000 2026",
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
            "1983107952931766750"
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
      "id_str" : "1983107952931766750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983107952931766750",
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
            "2032200741942198372"
          ],
          "editableUntil" : "2026-03-12T21:03:08.000Z",
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
        "42"
      ],
      "favorite_count" : "20",
      "id_str" : "2032200741942198372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2032200741942198372",
      "created_at" : "Thu Mar 12 21:03:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_quinn11 oat milk is back, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "806186825956175882",
      "in_reply_to_status_id" : "806186825956175882",
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
            "1979196848337846545"
          ],
          "editableUntil" : "2025-10-17T14:44:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1979196848337846545",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979196848337846545",
      "created_at" : "Fri Oct 17 14:44:35 +0000 2025",
      "favorited" : false,
      "full_text" : "fresh sourdough today (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1979180993868726531",
      "in_reply_to_status_id" : "1979180993868726531",
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
            "2091536562385846571"
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
      "id_str" : "2091536562385846571",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2091536562385846571",
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
            "1912947858600886491"
          ],
          "editableUntil" : "2025-04-17T19:14:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1912947858600886491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912947858600886491",
      "created_at" : "Thu Apr 17 19:14:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Open late on friday! #hale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904218975105974612"
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
      "id_str" : "1904218975105974612",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1904218975105974612",
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
            "1908415200097206343"
          ],
          "editableUntil" : "2025-04-05T07:03:35.000Z",
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1908415200097206343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1908415200097206343",
      "created_at" : "Sat Apr 05 07:03:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@hana_dunn74 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "557386039219604237",
      "in_reply_to_status_id" : "557386039219604237",
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
            "2032044306985910442"
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
      "id_str" : "2032044306985910442",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2032044306985910442",
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
            "2034573648458678468"
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
      "id_str" : "2034573648458678468",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2034573648458678468",
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
            "2065502433571766344"
          ],
          "editableUntil" : "2026-06-12T18:32:10.000Z",
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
        "46"
      ],
      "favorite_count" : "5",
      "id_str" : "2065502433571766344",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2065502433571766344",
      "created_at" : "Fri Jun 12 18:32:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@hana_dunn74 open late on friday, see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "426616905552161632",
      "in_reply_to_status_id" : "426616905552161632",
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
            "2098155497059254719"
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
      "id_str" : "2098155497059254719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098155497059254719",
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
            "2103218202342326628"
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
      "id_str" : "2103218202342326628",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103218202342326628",
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
            "1901619571979190649"
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
      "id_str" : "1901619571979190649",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1901619571979190649",
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
            "1894031660807094498"
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
      "id_str" : "1894031660807094498",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1894031660807094498",
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
            "1992684115194806460"
          ],
          "editableUntil" : "2025-11-23T19:58:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "1992684115194806460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992684115194806460",
      "created_at" : "Sun Nov 23 19:58:10 +0000 2025",
      "favorited" : false,
      "full_text" : "local beans roasted weekly (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1992664485852086416",
      "in_reply_to_status_id" : "1992664485852086416",
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
            "2054562044572598638"
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
      "id_str" : "2054562044572598638",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2054562044572598638",
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
            "2103950615901110465"
          ],
          "editableUntil" : "2026-09-26T20:51:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
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
      "id_str" : "2103950615901110465",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2103950615901110465",
      "created_at" : "Sat Sep 26 20:51:31 +0000 2026",
      "favorited" : false,
      "full_text" : "try the cardamom bun (2/2)",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2103940549571510401",
      "in_reply_to_status_id" : "2103940549571510401",
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
            "1945876420752310471"
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
      "id_str" : "1945876420752310471",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945876420752310471",
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
            "2109566784762806645"
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
      "id_str" : "2109566784762806645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109566784762806645",
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
            "1921549797290934625"
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
      "id_str" : "1921549797290934625",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921549797290934625",
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
            "2045782305141686523"
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
      "id_str" : "2045782305141686523",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2045782305141686523",
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
            "1852248356680630528"
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
      "id_str" : "1852248356680630528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852248356680630528",
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
            "1870795254395830676"
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
      "id_str" : "1870795254395830676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870795254395830676",
      "created_at" : "Sun Dec 22 11:35:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Live music this weekend! #park",
      "lang" : "en"
    }
  }
]