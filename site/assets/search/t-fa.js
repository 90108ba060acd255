window.polcatSearch("t-fa",  {"failsafe":[[4,"f"]]});
