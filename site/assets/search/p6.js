window.polcatSearch("p6",  {"tcp/6443":[[5,"f"],[7,"f"]]});
