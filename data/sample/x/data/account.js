window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "owner@example.invalid",
      "createdVia" : "web",
      "username" : "corner_cafe",
      "accountId" : "1308602301154811905",
      "createdAt" : "2019-05-01T10:00:00.000Z",
      "accountDisplayName" : "Corner Cafe"
    }
  }
]