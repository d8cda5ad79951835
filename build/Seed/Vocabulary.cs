namespace CustomiseYou.Seed;

/// <summary>A leaf category and the product nouns listed under it.</summary>
internal sealed record LeafCategory(string Name, string[] Nouns);

/// <summary>A root category, the materials that make sense for it, and its subcategories.</summary>
internal sealed record RootCategory(string Name, string[] Materials, LeafCategory[] Children);

/// <summary>
/// The crafted-goods vocabulary titles, descriptions and tags are built from. Categories and nouns are drawn with
/// skewed (Zipf-like) weights and the rare craft words with small probabilities, so search terms hit anything from
/// a hundred thousand products down to a few dozen.
/// </summary>
internal static class Vocabulary
{
    public static readonly RootCategory[] Tree =
    [
        new("Home & Living", ["Wooden", "Oak", "Walnut", "Ceramic", "Linen", "Slate", "Brass", "Glass", "Concrete", "Rattan"],
        [
            new("Nameplates", ["Nameplate", "Door Sign", "House Sign"]),
            new("Wall Art", ["Wall Art", "Wall Hanging", "Poster"]),
            new("Candles", ["Candle", "Candle Holder", "Tealight Holder"]),
            new("Cushions", ["Cushion", "Pillow"]),
            new("Clocks", ["Wall Clock", "Clock"]),
            new("Vases", ["Vase", "Planter"]),
            new("Doormats", ["Doormat"]),
            new("Blankets", ["Blanket", "Throw"]),
            new("Lamps", ["Lamp", "Lantern"]),
            new("Mirrors", ["Mirror"]),
        ]),
        new("Kitchen & Dining", ["Wooden", "Oak", "Bamboo", "Ceramic", "Porcelain", "Enamel", "Stoneware", "Olive Wood", "Glass", "Cotton"],
        [
            new("Mugs", ["Mug", "Coffee Mug", "Cup"]),
            new("Chopping Boards", ["Chopping Board", "Cheese Board", "Serving Board"]),
            new("Coasters", ["Coaster", "Coaster Set"]),
            new("Serving Trays", ["Serving Tray", "Platter"]),
            new("Aprons", ["Apron"]),
            new("Tea Towels", ["Tea Towel"]),
            new("Bottles & Flasks", ["Water Bottle", "Flask", "Hip Flask"]),
            new("Glassware", ["Wine Glass", "Tumbler", "Beer Glass"]),
            new("Bowls", ["Bowl", "Salad Bowl"]),
            new("Recipe Boxes", ["Recipe Box", "Recipe Book"]),
        ]),
        new("Apparel", ["Cotton", "Organic Cotton", "Linen", "Wool", "Merino", "Denim", "Fleece", "Bamboo"],
        [
            new("T-Shirts", ["T-Shirt", "Tee"]),
            new("Hoodies", ["Hoodie", "Sweatshirt"]),
            new("Caps & Hats", ["Cap", "Beanie", "Bucket Hat"]),
            new("Socks", ["Socks"]),
            new("Scarves", ["Scarf", "Shawl"]),
            new("Baby Clothes", ["Baby Bodysuit", "Bib", "Baby Blanket"]),
            new("Jackets", ["Jacket", "Denim Jacket"]),
            new("Pyjamas", ["Pyjamas", "Robe"]),
            new("Patches", ["Patch", "Iron-on Patch"]),
            new("Kids Clothing", ["Kids T-Shirt", "Kids Hoodie"]),
        ]),
        new("Jewellery", ["Silver", "Sterling Silver", "Gold", "Rose Gold", "Gold-plated", "Brass", "Copper", "Titanium", "Pearl"],
        [
            new("Necklaces", ["Necklace", "Pendant", "Name Necklace"]),
            new("Rings", ["Ring", "Signet Ring", "Stacking Ring"]),
            new("Bracelets", ["Bracelet", "Bangle", "Cuff"]),
            new("Earrings", ["Earrings", "Stud Earrings", "Hoops"]),
            new("Cufflinks", ["Cufflinks"]),
            new("Charms", ["Charm", "Initial Charm"]),
            new("Anklets", ["Anklet"]),
            new("Brooches", ["Brooch", "Pin"]),
            new("Keyrings", ["Keyring", "Keychain"]),
            new("Lockets", ["Locket", "Photo Locket"]),
        ]),
        new("Stationery", ["Leather", "Recycled Paper", "Kraft", "Linen", "Cotton Paper", "Brass", "Vegan Leather"],
        [
            new("Notebooks", ["Notebook", "Journal", "Sketchbook"]),
            new("Planners", ["Planner", "Diary"]),
            new("Greeting Cards", ["Greeting Card", "Birthday Card", "Card"]),
            new("Invitations", ["Invitation", "Save the Date"]),
            new("Stamps", ["Rubber Stamp", "Stamp"]),
            new("Pens", ["Pen", "Fountain Pen", "Pencil Set"]),
            new("Bookmarks", ["Bookmark"]),
            new("Stickers", ["Sticker", "Sticker Sheet"]),
            new("Wax Seals", ["Wax Seal", "Seal Stamp"]),
            new("Calendars", ["Calendar", "Desk Calendar"]),
        ]),
        new("Toys & Kids", ["Wooden", "Beech", "Felt", "Cotton", "Plush", "Maple", "Organic Cotton"],
        [
            new("Puzzles", ["Puzzle", "Jigsaw", "Name Puzzle"]),
            new("Soft Toys", ["Teddy Bear", "Plush Toy", "Rag Doll"]),
            new("Wooden Toys", ["Rattle", "Stacking Toy", "Toy Car"]),
            new("Story Books", ["Storybook", "Story Book"]),
            new("Growth Charts", ["Growth Chart", "Height Chart"]),
            new("Night Lights", ["Night Light"]),
            new("Lunch Boxes", ["Lunch Box"]),
            new("Backpacks", ["Backpack", "School Bag"]),
            new("Building Blocks", ["Building Blocks", "Alphabet Blocks"]),
            new("Memory Boxes", ["Memory Box", "Keepsake Box"]),
        ]),
        new("Pets", ["Leather", "Nylon", "Cotton", "Steel", "Ceramic", "Wooden", "Hemp"],
        [
            new("Collars", ["Dog Collar", "Cat Collar", "Collar"]),
            new("Pet Tags", ["Pet Tag", "Dog Tag", "ID Tag"]),
            new("Pet Beds", ["Dog Bed", "Cat Bed"]),
            new("Pet Bowls", ["Pet Bowl", "Dog Bowl"]),
            new("Leashes", ["Leash", "Dog Lead"]),
            new("Pet Portraits", ["Pet Portrait", "Dog Portrait", "Cat Portrait"]),
            new("Bandanas", ["Bandana"]),
            new("Pet Toys", ["Chew Toy", "Cat Toy"]),
            new("Pet Memorials", ["Memorial Stone", "Pet Memorial"]),
            new("Treat Jars", ["Treat Jar"]),
        ]),
        new("Wedding & Events", ["Acrylic", "Wooden", "Gold", "Silver", "Lace", "Satin", "Mirror", "Kraft", "Velvet"],
        [
            new("Wedding Signs", ["Welcome Sign", "Seating Chart", "Wedding Sign"]),
            new("Cake Toppers", ["Cake Topper"]),
            new("Guest Books", ["Guest Book", "Guestbook"]),
            new("Place Cards", ["Place Card", "Table Number"]),
            new("Wedding Favours", ["Favour Box", "Wedding Favour"]),
            new("Ring Boxes", ["Ring Box", "Ring Bearer Box"]),
            new("Bridal Accessories", ["Bridal Hanger", "Veil", "Garter"]),
            new("Banners", ["Banner", "Bunting"]),
            new("Confetti", ["Confetti", "Confetti Cone"]),
            new("Gift Boxes", ["Gift Box", "Hamper"]),
        ]),
        new("Art & Photo", ["Canvas", "Framed", "Watercolour", "Ink", "Oil", "Aluminium", "Oak", "Recycled Paper"],
        [
            new("Photo Frames", ["Photo Frame", "Picture Frame"]),
            new("Photo Books", ["Photo Book", "Photo Album"]),
            new("Star Maps", ["Star Map", "Night Sky Print"]),
            new("Family Portraits", ["Family Portrait", "Portrait"]),
            new("Illustrations", ["Illustration", "House Portrait"]),
            new("Caricatures", ["Caricature"]),
            new("Paintings", ["Painting", "Watercolour Painting"]),
            new("Art Prints", ["Art Print", "Print"]),
            new("Map Prints", ["City Map", "Map Print"]),
            new("Song Lyrics", ["Lyrics Print", "Song Lyrics Print"]),
        ]),
        new("Bags & Accessories", ["Leather", "Vegan Leather", "Canvas", "Cotton", "Cork", "Suede", "Jute", "Waxed Canvas"],
        [
            new("Tote Bags", ["Tote Bag", "Shopping Bag"]),
            new("Wallets", ["Wallet", "Card Holder"]),
            new("Passport Covers", ["Passport Cover", "Passport Holder"]),
            new("Phone Cases", ["Phone Case"]),
            new("Luggage Tags", ["Luggage Tag"]),
            new("Pouches", ["Pouch", "Makeup Bag", "Wash Bag"]),
            new("Belts", ["Belt"]),
            new("Watches", ["Watch", "Watch Strap"]),
            new("Glasses Cases", ["Glasses Case"]),
            new("Laptop Sleeves", ["Laptop Sleeve", "Tablet Case"]),
        ]),
    ];

    /// <summary>The personalisation word in front of a title, with its weight.</summary>
    public static readonly (string Word, int Weight)[] Personalisation =
    [
        ("Personalised", 50), ("Custom", 20), ("Engraved", 12), ("Monogrammed", 6), ("Embroidered", 6), ("Hand-painted", 4), ("Hand-lettered", 2),
    ];

    public static readonly string[] Styles =
    [
        "Handmade", "Rustic", "Minimalist", "Vintage", "Boho", "Modern", "Scandinavian", "Farmhouse", "Botanical", "Floral",
        "Geometric", "Art Deco", "Retro", "Classic", "Elegant", "Whimsical", "Cosy", "Industrial", "Coastal", "Nordic",
    ];

    public static readonly string[] Recipients =
    [
        "Mum", "Dad", "Her", "Him", "Grandma", "Grandad", "Best Friend", "Teacher", "Couples", "Kids",
        "Sister", "Brother", "Nurse", "New Parents", "Dog Lovers",
    ];

    public static readonly string[] Occasions =
    [
        "Birthday", "Wedding", "Anniversary", "Christmas", "Housewarming", "Baby Shower", "Retirement", "Graduation",
        "Valentine's Day", "Mother's Day", "Father's Day", "Engagement", "Christening", "Thank You", "Easter",
    ];

    /// <summary>Craft techniques and oddities, from uncommon to very rare (Zipf-weighted by position).</summary>
    public static readonly string[] RareWords =
    [
        "Macrame", "Calligraphy", "Letterpress", "Pyrography", "Origami", "Terrarium", "Quilling", "Decoupage", "Batik", "Shibori",
        "Marquetry", "Filigree", "Kintsugi", "Cyanotype", "Sashiko", "Marbled", "Enamelled", "Gilded", "Beaded", "Crocheted",
        "Needlepoint", "Appliqué", "Lino-cut", "Woodburned", "Pressed Flower", "Tufted", "Stained Glass", "Mosaic", "Raku", "Sgraffito",
        "Intarsia", "Scrimshaw", "Astrolabe", "Sextant", "Orrery", "Quill", "Tatting", "Lacquered", "Repoussé", "Cloisonné",
        "Smocked", "Encaustic", "Verdigris", "Mokume", "Damascene", "Zellige", "Azulejo", "Bargello", "Tambour", "Gyotaku",
    ];

    public static readonly string[] Processes = ["made", "crafted", "hand-finished", "printed", "carved", "stitched", "assembled", "engraved"];

    public static readonly string[] Features =
    [
        "a name", "initials", "a date", "a short message", "coordinates", "a photo", "a family name", "a wedding date", "your pet's name", "a quote",
    ];

    public static readonly string[] Finishes =
    [
        "a natural oil finish", "a matt finish", "a soft-touch finish", "a hand-rubbed wax", "a glossy glaze", "a brushed finish",
        "an eco-friendly lacquer",
    ];

    public static readonly string[] Care =
    [
        "Wipe clean with a damp cloth.", "Dishwasher safe.", "Hand wash only.", "Machine washable at 30 degrees.", "Keep away from direct sunlight.",
        "Polish gently with a soft cloth.", "Not suitable for the microwave.",
    ];

    public static readonly string[] Packaging =
    [
        "Arrives gift-wrapped in tissue paper.", "Comes in a recycled kraft gift box.", "Shipped in plastic-free packaging.",
        "A handwritten note can be added at checkout.", "Each order includes a care card.",
    ];

    public static readonly string[] GenericTags =
    [
        "gift", "handmade", "personalised", "custom", "unique", "keepsake", "made to order", "eco friendly", "small business", "gift idea",
    ];
}
