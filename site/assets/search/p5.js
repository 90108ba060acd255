window.polcatSearch("p5",  {"tcp/5473":[[1,"e"]]});
