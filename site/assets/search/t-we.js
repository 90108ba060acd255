window.polcatSearch("t-we",  {"webhooks":[[5,"f"]],"webhooks-to-pods":[[5,"f"]]});
