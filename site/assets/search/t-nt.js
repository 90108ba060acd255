window.polcatSearch("t-nt",  {"ntp":[[10,"f"]],"ntp-out-v4":[[10,"f"]],"ntp-out-v6":[[10,"2"]]});
