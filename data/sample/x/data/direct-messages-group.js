window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "295731001297991300",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "fresh sourdough today",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "2023496034415542412",
            "createdAt" : "2026-02-16T20:33:44.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "oat milk is back",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1992652758578102411",
            "createdAt" : "2025-11-23T17:53:34.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "community board is updated",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1953818201158582410",
            "createdAt" : "2025-08-08T13:58:54.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "try the cardamom bun",
            "mediaUrls" : [ ],
            "senderId" : "617829889515776292",
            "id" : "1920228230820790409",
            "createdAt" : "2025-05-07T21:24:21.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "rainy day soup special",
            "mediaUrls" : [ ],
            "senderId" : "455200494706748983",
            "id" : "1887800460178358408",
            "createdAt" : "2025-02-07T09:47:58.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "local beans roasted weekly",
            "mediaUrls" : [ ],
            "senderId" : "1308602301154811905",
            "id" : "1855358672171958407",
            "createdAt" : "2024-11-09T21:15:53.000Z"
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