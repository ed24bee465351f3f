/** Made-up names for demo trackers (no real children). */
export const firstNames = ['Jordan', 'Amara', 'Leo', 'Mia', 'Kai', 'Ava', 'Noah', 'Isla', 'Zain', 'Ruby', 'Theo', 'Lily', 'Ezra', 'Maya', 'Finn', 'Aisha', 'Oscar', 'Grace', 'Yusuf', 'Evie', 'Reggie', 'Nia', 'Alfie', 'Chloe', 'Kofi', 'Hana', 'Louis', 'Priya', 'Jack', 'Sofia'];
export const lastNames = ['Ellis', 'Okafor', 'Patel', 'Murphy', 'Nowak', 'Hughes', 'Begum', 'Campbell', 'Mensah', 'Walsh', 'Khan', 'Robinson', 'Adeyemi', 'Price', 'Kowalski', 'Osei', 'Turner', 'Ahmed', 'Lloyd', 'Bailey'];
export const chairs = ['Sam Patel', 'Ann Okafor', 'Chris Doyle', 'Hannah Reid', 'Imran Malik', 'Julia Stone', 'Kemi Adebayo', 'Mark Ellison', 'Nadia Rossi', 'Owen Pryce', 'Rachel Kim', 'Tariq Aziz'];
export const teams = ['Children in Care 1', 'Children in Care 2', 'Child Protection North', 'Child Protection South', 'Disabled Children', 'Leaving Care', 'Fostering', 'Adolescent Support'];
export const workers = ['Priya Shah', 'Tom Barker', 'Lucy Grant', 'Dev Sharma', 'Ellie Moss', 'Femi Ola', 'Gary Lane', 'Holly Ward'];
