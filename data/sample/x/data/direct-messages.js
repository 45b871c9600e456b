window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "177986164521753833-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "177986164521753833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1878901132751798363",
            "createdAt" : "2025-01-13T20:25:13.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "177986164521753833",
            "id" : "1878870933762998362",
            "createdAt" : "2025-01-13T18:25:13.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "177986164521753833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1863460549161910361",
            "createdAt" : "2024-12-02T05:49:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "177986164521753833",
            "id" : "1863324653712310360",
            "createdAt" : "2024-12-01T20:49:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "177986164521753833",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1855688608707510359",
            "createdAt" : "2024-11-10T19:06:56.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "177986164521753833",
            "id" : "1855681058960310358",
            "createdAt" : "2024-11-10T18:36:56.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "206018900066869-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "206018900066869",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2042546387022774351",
            "createdAt" : "2026-04-10T10:13:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "206018900066869",
            "id" : "2042516188033974350",
            "createdAt" : "2026-04-10T08:13:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "206018900066869",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2028913405850550349",
            "createdAt" : "2026-03-03T19:20:26.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "206018900066869",
            "id" : "2028203729613750348",
            "createdAt" : "2026-03-01T20:20:26.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "247530151642738677-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2099528812852150288",
            "createdAt" : "2026-09-14T16:00:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "247530151642738677",
            "id" : "2099075828020150287",
            "createdAt" : "2026-09-13T10:00:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1999506763019190292",
            "createdAt" : "2025-12-12T15:48:56.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "247530151642738677",
            "id" : "1997996813579190291",
            "createdAt" : "2025-12-08T11:48:56.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1964723412530102290",
            "createdAt" : "2025-09-07T16:12:19.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "247530151642738677",
            "id" : "1964693213541302289",
            "createdAt" : "2025-09-07T14:12:19.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "455200494706748983-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2107921157977014274",
            "createdAt" : "2026-10-07T19:49:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "2106411208537014273",
            "createdAt" : "2026-10-03T15:49:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2101552606475190276",
            "createdAt" : "2026-09-20T06:02:41.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "2101416711025590275",
            "createdAt" : "2026-09-19T21:02:41.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2075319189500854278",
            "createdAt" : "2026-07-09T20:40:27.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "2075243692028854277",
            "createdAt" : "2026-07-09T15:40:27.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "457341456166415349-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "457341456166415349",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2065197503476662320",
            "createdAt" : "2026-06-11T22:20:29.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "457341456166415349",
            "id" : "2065167304487862319",
            "createdAt" : "2026-06-11T20:20:29.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "539741835123587851-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "539741835123587851",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1877480140305334357",
            "createdAt" : "2025-01-09T22:18:42.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "539741835123587851",
            "id" : "1877344244855734356",
            "createdAt" : "2025-01-09T13:18:42.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "539741835123587851",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1865026928767926355",
            "createdAt" : "2024-12-06T13:34:05.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "539741835123587851",
            "id" : "1864724938879926354",
            "createdAt" : "2024-12-05T17:34:05.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "539741835123587851",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1853197166965686353",
            "createdAt" : "2024-11-03T22:06:50.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "539741835123587851",
            "id" : "1853061271516086352",
            "createdAt" : "2024-11-03T13:06:50.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "563736073983798498-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "563736073983798498",
            "id" : "2098734462006198385",
            "createdAt" : "2026-09-12T11:24:23.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "563736073983798498",
            "id" : "2053138145473462384",
            "createdAt" : "2026-05-09T15:40:54.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "563736073983798498",
            "id" : "1887114397873078386",
            "createdAt" : "2025-02-05T12:21:48.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "617829889515776292-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "617829889515776292",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2045578466161590283",
            "createdAt" : "2026-04-18T19:01:26.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "2045442570711990282",
            "createdAt" : "2026-04-18T10:01:26.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "617829889515776292",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1951843594138550285",
            "createdAt" : "2025-08-03T03:12:31.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "1951541604250550284",
            "createdAt" : "2025-08-02T07:12:31.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "617829889515776292",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1856739269276598281",
            "createdAt" : "2024-11-13T16:41:53.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "1855229319836598280",
            "createdAt" : "2024-11-09T12:41:53.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "623368384375146404-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "623368384375146404",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1941015725732790325",
            "createdAt" : "2025-07-04T06:06:26.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "623368384375146404",
            "id" : "1940713735844790324",
            "createdAt" : "2025-07-03T10:06:26.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "631506367947413202-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "631506367947413202",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2074168754828214336",
            "createdAt" : "2026-07-06T16:29:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "631506367947413202",
            "id" : "2073459078591414335",
            "createdAt" : "2026-07-04T17:29:02.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "658553823494250641-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "658553823494250641",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1931672284427190332",
            "createdAt" : "2025-06-08T11:18:56.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "658553823494250641",
            "id" : "1931642085438390331",
            "createdAt" : "2025-06-08T09:18:56.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "658553823494250641",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1907859706475446334",
            "createdAt" : "2025-04-03T18:16:15.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "658553823494250641",
            "id" : "1907784209003446333",
            "createdAt" : "2025-04-03T13:16:15.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "68149772722318118-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2095844947260342310",
            "createdAt" : "2026-09-04T12:02:29.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "2095135271023542309",
            "createdAt" : "2026-09-02T13:02:29.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2020499090961334312",
            "createdAt" : "2026-02-08T14:04:57.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "2020197101073334311",
            "createdAt" : "2026-02-07T18:04:57.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1878607510500278306",
            "createdAt" : "2025-01-13T00:58:28.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "1878471615050678305",
            "createdAt" : "2025-01-12T15:58:28.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1869014793319350308",
            "createdAt" : "2024-12-17T13:40:26.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "1868561808487350307",
            "createdAt" : "2024-12-16T07:40:26.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "713669474409506484-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "713669474409506484",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1887914876597174339",
            "createdAt" : "2025-02-07T17:22:37.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "713669474409506484",
            "id" : "1887907326849974338",
            "createdAt" : "2025-02-07T16:52:37.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "723381256911754296-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "723381256911754296",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1952366971974582315",
            "createdAt" : "2025-08-04T13:52:14.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "723381256911754296",
            "id" : "1951913987142582314",
            "createdAt" : "2025-08-03T07:52:14.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "723381256911754296",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1857958037550006317",
            "createdAt" : "2024-11-17T01:24:50.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "723381256911754296",
            "id" : "1857505052718006316",
            "createdAt" : "2024-11-15T19:24:50.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "801620978383201090-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "801620978383201090",
            "id" : "2105963323978678389",
            "createdAt" : "2026-10-02T10:09:18.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "801620978383201090",
            "id" : "1857053967905718390",
            "createdAt" : "2024-11-14T13:32:23.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "80537819881354651-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1989817455211446297",
            "createdAt" : "2025-11-15T22:07:05.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1988307505771446296",
            "createdAt" : "2025-11-11T18:07:05.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1921268095251382301",
            "createdAt" : "2025-05-10T18:16:24.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1921260545504182300",
            "createdAt" : "2025-05-10T17:46:24.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1900528599954358295",
            "createdAt" : "2025-03-14T12:45:03.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1900453102482358294",
            "createdAt" : "2025-03-14T07:45:03.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1865229631091638299",
            "createdAt" : "2024-12-07T02:59:33.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1865093735642038298",
            "createdAt" : "2024-12-06T17:59:33.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1855581188387766303",
            "createdAt" : "2024-11-10T12:00:05.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1854071238947766302",
            "createdAt" : "2024-11-06T08:00:05.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "818011389993928490-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "818011389993928490",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2042175375668150347",
            "createdAt" : "2026-04-09T09:38:46.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "818011389993928490",
            "id" : "2042145176679350346",
            "createdAt" : "2026-04-09T07:38:46.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "818011389993928490",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2030257994855350345",
            "createdAt" : "2026-03-07T12:23:21.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "818011389993928490",
            "id" : "2030182497383350344",
            "createdAt" : "2026-03-07T07:23:21.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "881490193387147398-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "881490193387147398",
            "id" : "1929506417144758387",
            "createdAt" : "2025-06-02T11:52:33.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "881490193387147398",
            "id" : "1910391228986294388",
            "createdAt" : "2025-04-10T17:55:37.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "918753898740179995-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "918753898740179995",
            "id" : "2020538370618294391",
            "createdAt" : "2026-02-08T16:41:02.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "940929626553902680-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "940929626553902680",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1935892786049974329",
            "createdAt" : "2025-06-20T02:49:42.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "940929626553902680",
            "id" : "1935439801217974328",
            "createdAt" : "2025-06-18T20:49:42.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "940929626553902680",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1911821738308534327",
            "createdAt" : "2025-04-14T16:39:57.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "940929626553902680",
            "id" : "1911791539319734326",
            "createdAt" : "2025-04-14T14:39:57.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "978465655379863810-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "978465655379863810",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2039971319247798343",
            "createdAt" : "2026-04-03T07:40:38.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "978465655379863810",
            "id" : "2039261643010998342",
            "createdAt" : "2026-04-01T08:40:38.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "978465655379863810",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2034075176399798341",
            "createdAt" : "2026-03-18T01:11:28.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "978465655379863810",
            "id" : "2033999678927798340",
            "createdAt" : "2026-03-17T20:11:28.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "989746748810819646-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "989746748810819646",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2032564920775606322",
            "createdAt" : "2026-03-13T21:10:15.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "989746748810819646",
            "id" : "2032534721786806321",
            "createdAt" : "2026-03-13T19:10:15.000Z"
          }
        }
      ]
    }
  }
]