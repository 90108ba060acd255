window.polcatSearch("p2",  {"tcp/2379":[[4,"f"],[6,"f"]],"tcp/2380":[[6,"f"]],"tcp/2381":[[4,"c"],[6,"c"]]});
