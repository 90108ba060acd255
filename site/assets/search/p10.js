window.polcatSearch("p10",  {"tcp/10250":[[5,"f"],[7,"f"]]});
