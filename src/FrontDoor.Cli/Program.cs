Console.WriteLine("frontdoor");
