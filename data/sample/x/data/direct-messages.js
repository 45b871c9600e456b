window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "247530151642738677-1308602301154811905",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "247530151642738677",
            "id" : "2097330859144118295",
            "createdAt" : "2026-09-08T14:26:58.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2095182456943542296",
            "createdAt" : "2026-09-02T16:09:59.000Z"
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
            "id" : "2026394717909942291",
            "createdAt" : "2026-02-24T20:32:04.000Z"
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
            "id" : "2023341537227702292",
            "createdAt" : "2026-02-16T10:19:49.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1933464573440950290",
            "createdAt" : "2025-06-13T10:00:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "247530151642738677",
            "id" : "1932867019338678289",
            "createdAt" : "2025-06-11T18:26:23.000Z"
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
            "id" : "1865761816966070293",
            "createdAt" : "2024-12-08T14:14:16.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "247530151642738677",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1864346839151542294",
            "createdAt" : "2024-12-04T16:31:39.000Z"
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
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1957804761281462274",
            "createdAt" : "2025-08-19T14:00:04.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1956065521824694273",
            "createdAt" : "2025-08-14T18:48:57.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1903868041884598278",
            "createdAt" : "2025-03-23T17:54:48.000Z"
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
            "id" : "1897311916913590277",
            "createdAt" : "2025-03-05T15:43:06.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1872209384960950280",
            "createdAt" : "2024-12-26T09:14:36.000Z"
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
            "id" : "1863973726450614279",
            "createdAt" : "2024-12-03T15:49:02.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1861800770794422275",
            "createdAt" : "2024-11-27T15:54:29.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "455200494706748983",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1854963656815542276",
            "createdAt" : "2024-11-08T19:06:14.000Z"
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
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1997583485891510322",
            "createdAt" : "2025-12-07T08:26:31.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "457341456166415349",
            "id" : "1996493839266742321",
            "createdAt" : "2025-12-04T08:16:39.000Z"
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
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "563736073983798498",
            "id" : "1978069738189750353",
            "createdAt" : "2025-10-14T12:05:51.000Z"
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
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2036130616046518287",
            "createdAt" : "2026-03-23T17:19:03.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "2030663584052150286",
            "createdAt" : "2026-03-08T15:15:01.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "617829889515776292",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1960813444592566285",
            "createdAt" : "2025-08-27T21:15:30.000Z"
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
            "id" : "1954547615790006284",
            "createdAt" : "2025-08-10T14:17:20.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "617829889515776292",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1883545431045046283",
            "createdAt" : "2025-01-26T16:00:00.000Z"
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
            "id" : "1880924225926070282",
            "createdAt" : "2025-01-19T10:24:16.000Z"
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
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2108137651172278327",
            "createdAt" : "2026-10-08T10:09:18.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "623368384375146404",
            "id" : "1942893553382326326",
            "createdAt" : "2025-07-09T10:28:15.000Z"
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
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "631506367947413202",
            "id" : "2033215851590582333",
            "createdAt" : "2026-03-15T16:16:49.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "631506367947413202",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1906990072066998334",
            "createdAt" : "2025-04-01T08:40:38.000Z"
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
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1960737313780662332",
            "createdAt" : "2025-08-27T16:12:59.000Z"
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
            "id" : "1953728686322614331",
            "createdAt" : "2025-08-08T08:03:12.000Z"
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
            "id" : "2076053243032502312",
            "createdAt" : "2026-07-11T21:17:19.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "2072648416097206311",
            "createdAt" : "2026-07-02T11:47:45.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "2027078561428406307",
            "createdAt" : "2026-02-26T17:49:25.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2022211402986422308",
            "createdAt" : "2026-02-13T07:29:04.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "2003913307190198313",
            "createdAt" : "2025-12-24T19:38:58.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1996125306745782314",
            "createdAt" : "2025-12-03T07:52:14.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1938205210702774316",
            "createdAt" : "2025-06-26T11:58:27.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "68149772722318118",
            "id" : "1934679822693302315",
            "createdAt" : "2025-06-16T18:29:49.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "68149772722318118",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1855947921552310310",
            "createdAt" : "2024-11-11T12:17:21.000Z"
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
            "id" : "1855200425276342309",
            "createdAt" : "2024-11-09T10:47:04.000Z"
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
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2070846283051958337",
            "createdAt" : "2026-06-27T12:26:43.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "713669474409506484",
            "id" : "1871616381678518336",
            "createdAt" : "2024-12-24T17:58:13.000Z"
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
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "723381256911754296",
            "id" : "1972277454697398318",
            "createdAt" : "2025-09-28T12:29:23.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "723381256911754296",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1963258786739126319",
            "createdAt" : "2025-09-03T15:12:25.000Z"
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
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "801620978383201090",
            "id" : "2104121898693558358",
            "createdAt" : "2026-09-27T08:12:08.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "801620978383201090",
            "id" : "1960459780879286359",
            "createdAt" : "2025-08-26T21:50:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "801620978383201090",
            "id" : "1895928186663862357",
            "createdAt" : "2025-03-01T20:04:39.000Z"
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
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2114451899020214305",
            "createdAt" : "2026-10-25T20:19:52.000Z"
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
            "id" : "2111898457076662304",
            "createdAt" : "2026-10-18T19:13:24.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "2103122861618102300",
            "createdAt" : "2026-09-24T14:02:19.000Z"
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
            "id" : "2103120613471158301",
            "createdAt" : "2026-09-24T13:53:23.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "80537819881354651",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "2008836501533622299",
            "createdAt" : "2026-01-07T09:41:59.000Z"
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
            "id" : "2007738562769846298",
            "createdAt" : "2026-01-04T08:59:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "80537819881354651",
            "id" : "1967515229352886302",
            "createdAt" : "2025-09-15T09:06:00.000Z"
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
            "id" : "1965329938248630303",
            "createdAt" : "2025-09-09T08:22:26.000Z"
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
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "881490193387147398",
            "id" : "2035613110236086354",
            "createdAt" : "2026-03-22T07:02:40.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "881490193387147398",
            "id" : "1882772781527990355",
            "createdAt" : "2025-01-24T12:49:46.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "live music this weekend",
            "mediaUrls" : [ ],
            "senderId" : "881490193387147398",
            "id" : "1874901712892854356",
            "createdAt" : "2025-01-02T19:32:57.000Z"
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
            "text" : "we are hiring a barista",
            "mediaUrls" : [ ],
            "senderId" : "918753898740179995",
            "id" : "1929997175878582360",
            "createdAt" : "2025-06-03T20:22:39.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "918753898740179995",
            "id" : "1910809904411574361",
            "createdAt" : "2025-04-11T21:39:17.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "thanks for coming by",
            "mediaUrls" : [ ],
            "senderId" : "918753898740179995",
            "id" : "1898765343912886362",
            "createdAt" : "2025-03-09T15:58:30.000Z"
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
            "text" : "new seasonal menu",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1968264126526390329",
            "createdAt" : "2025-09-17T10:41:51.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "940929626553902680",
            "id" : "1963229552440246328",
            "createdAt" : "2025-09-03T13:16:15.000Z"
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
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1931781999031222324",
            "createdAt" : "2025-06-08T18:34:54.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1308602301154811905",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "989746748810819646",
            "id" : "1908512356955062323",
            "createdAt" : "2025-04-05T13:29:39.000Z"
          }
        }
      ]
    }
  }
]