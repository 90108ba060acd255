window.polcatSearch("t-ec",  {"echo":[[10,"f"]]});
