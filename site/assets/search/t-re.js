window.polcatSearch("t-re",  {"registry":[[10,"f"]],"registry-out-v4":[[10,"d"]],"registry-out-v6":[[10,"2"]],"request":[[10,"f"]]});
