window.polcatSearch("p8",  {"tcp/9091":[[1,"f"]],"tcp/9093":[[1,"e"]],"tcp/9094":[[1,"f"]]});
