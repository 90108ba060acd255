window.polcatSearch("p3",  {"tcp/3128":[[10,"1"]]});
