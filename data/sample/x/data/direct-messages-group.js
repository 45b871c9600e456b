window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "113254037006069635",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "closed monday for repairs",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "2026568005579702382",
            "createdAt" : "2026-02-25T08:00:39.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1988898420290486381",
            "createdAt" : "2025-11-13T09:15:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1951176964043702380",
            "createdAt" : "2025-08-01T07:03:34.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "open late on friday",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "1923808547435446379",
            "createdAt" : "2025-05-17T18:31:15.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1892629655974838378",
            "createdAt" : "2025-02-20T17:37:28.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1852770794992566377",
            "createdAt" : "2024-11-02T17:52:35.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "1308602301154811905",
            "participantsSnapshot" : [
              "455200494706748983",
              "617829889515776292"
            ],
            "createdAt" : "2024-11-01T00:00:00.000Z"
          }
        }
      ]
    }
  }
]